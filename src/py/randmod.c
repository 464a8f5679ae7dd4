/* randmod.c - the `random` module, reproducing CPython's numbers for a given seed.
 *
 * CPython's random is a Mersenne Twister (MT19937) in C under a layer of Python
 * (Lib/random.py) that turns 32-bit words into floats, bounded ints, choices and
 * shuffles. looplab has the same split: the generator, its seeding from an int's
 * 32-bit words and the 53-bit float are C here; the rest is the Python source below,
 * which follows the same algorithms (rejection sampling on getrandbits for ranges,
 * Fisher-Yates for shuffle, bisection for weighted choices), so that
 * `random.seed(42); random.randint(1, 6)` gives CPython's answer. Seeding with a str
 * goes through SHA-512, as CPython's version 2 seeding does. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "py/ast.h"
#include "py/vm.h"

enum { MT_N = 624, MT_M = 397 };

typedef struct mt_state {
    uint32_t mt[MT_N];
    int index;
} mt_state;

static void mt_init(mt_state *s, uint32_t seed)
{
    s->mt[0] = seed;
    for (uint32_t i = 1; i < MT_N; i++) s->mt[i] = 1812433253u * (s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) + i;
    s->index = MT_N;
}

/* MT19937's init_by_array: the seeding CPython uses for every seed. */
static void mt_init_by_array(mt_state *s, const uint32_t *key, size_t len)
{
    mt_init(s, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        s->mt[i] = (s->mt[i] ^ ((s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        if (++i >= MT_N) { s->mt[0] = s->mt[MT_N - 1]; i = 1; }
        if (++j >= len) j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        s->mt[i] = (s->mt[i] ^ ((s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        if (++i >= MT_N) { s->mt[0] = s->mt[MT_N - 1]; i = 1; }
    }
    s->mt[0] = 0x80000000u;
    s->index = MT_N;
}

static uint32_t mt_next(mt_state *s)
{
    static const uint32_t mag01[2] = {0u, 0x9908b0dfu};
    if (s->index >= MT_N) {
        int k;
        uint32_t y;
        for (k = 0; k < MT_N - MT_M; k++) {
            y = (s->mt[k] & 0x80000000u) | (s->mt[k + 1] & 0x7fffffffu);
            s->mt[k] = s->mt[k + MT_M] ^ (y >> 1) ^ mag01[y & 1u];
        }
        for (; k < MT_N - 1; k++) {
            y = (s->mt[k] & 0x80000000u) | (s->mt[k + 1] & 0x7fffffffu);
            s->mt[k] = s->mt[k + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1u];
        }
        y = (s->mt[MT_N - 1] & 0x80000000u) | (s->mt[0] & 0x7fffffffu);
        s->mt[MT_N - 1] = s->mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1u];
        s->index = 0;
    }
    uint32_t y = s->mt[s->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

/* ---- SHA-512 (FIPS 180-4), for str and bytes seeds ---- */

static uint64_t rotr64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static void sha512_block(uint64_t h[8], const unsigned char *p)
{
    static const uint64_t k[80] = {
        0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full, 0xe9b5dba58189dbbcull, 0x3956c25bf348b538ull,
        0x59f111f1b605d019ull, 0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull, 0xd807aa98a3030242ull, 0x12835b0145706fbeull,
        0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull, 0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull,
        0xc19bf174cf692694ull, 0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull, 0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull,
        0x2de92c6f592b0275ull, 0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull, 0x983e5152ee66dfabull,
        0xa831c66d2db43210ull, 0xb00327c898fb213full, 0xbf597fc7beef0ee4ull, 0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull,
        0x06ca6351e003826full, 0x142929670a0e6e70ull, 0x27b70a8546d22ffcull, 0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull,
        0x53380d139d95b3dfull, 0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull, 0x92722c851482353bull,
        0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull, 0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull, 0xd192e819d6ef5218ull,
        0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull, 0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull,
        0x2748774cdf8eeb99ull, 0x34b0bcb5e19b48a8ull, 0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull, 0x5b9cca4f7763e373ull,
        0x682e6ff3d6b2b8a3ull, 0x748f82ee5defb2fcull, 0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
        0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull, 0xc67178f2e372532bull, 0xca273eceea26619cull,
        0xd186b8c721c0c207ull, 0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull, 0x06f067aa72176fbaull, 0x0a637dc5a2c898a6ull,
        0x113f9804bef90daeull, 0x1b710b35131c471bull, 0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull,
        0x431d67c49c100d4cull, 0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull, 0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull};
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        w[i] = 0;
        for (int b = 0; b < 8; b++) w[i] = (w[i] << 8) | p[i * 8 + b];
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = rotr64(w[i - 15], 1) ^ rotr64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = rotr64(w[i - 2], 19) ^ rotr64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = hh + (rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41)) + ((e & f) ^ (~e & g)) + k[i] + w[i];
        uint64_t t2 = (rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

static void sha512(const unsigned char *msg, size_t len, unsigned char out[64])
{
    uint64_t h[8] = {0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull,
                     0x510e527fade682d1ull, 0x9b05688c2b3e6c1full, 0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull};
    size_t full = len / 128 * 128;
    for (size_t off = 0; off < full; off += 128) sha512_block(h, msg + off);
    unsigned char tail[256] = {0};
    size_t rest = len - full;
    memcpy(tail, msg + full, rest);
    tail[rest] = 0x80;
    size_t tlen = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits = (uint64_t)len * 8;
    for (int b = 0; b < 8; b++) tail[tlen - 1 - b] = (unsigned char)(bits >> (8 * b));
    for (size_t off = 0; off < tlen; off += 128) sha512_block(h, tail + off);
    for (int i = 0; i < 8; i++)
        for (int b = 0; b < 8; b++) out[i * 8 + b] = (unsigned char)(h[i] >> (56 - 8 * b));
}

/* ---- the _MT type ---- */

static mt_state *mt_of(py_val self) { return py_native_data(self); }

/* _MT.seed_words(words): init_by_array over a list of 32-bit ints (None: from the OS). */
static py_val mt_seed_words(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    (void)kw;
    if (n != 2) return raise_type(vm, vm->e_type, "seed_words() takes one argument");
    mt_state *s = mt_of(a[0]);
    if (a[1].tag == V_NONE) {
        uint32_t key[MT_N];
        FILE *f = fopen("/dev/urandom", "rb");
        size_t got = f ? fread(key, sizeof key[0], MT_N, f) : 0;
        if (f) fclose(f);
        for (size_t i = got; i < MT_N; i++) key[i] = (uint32_t)time(NULL) ^ (uint32_t)getpid() * 2654435761u ^ (uint32_t)i;
        mt_init_by_array(s, key, MT_N);
        return py_none();
    }
    py_val *items;
    int64_t len = py_list_view(a[1], &items);
    if (len <= 0) return raise_type(vm, vm->e_type, "seed_words() needs a non-empty list");
    uint32_t *key = xmalloc((size_t)len * sizeof *key);
    for (int64_t i = 0; i < len; i++) key[i] = (uint32_t)items[i].u.i;
    mt_init_by_array(s, key, (size_t)len);
    free(key);
    return py_none();
}

static py_val mt_random(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    (void)vm; (void)n; (void)kw;
    mt_state *s = mt_of(a[0]);
    uint32_t hi = mt_next(s) >> 5, lo = mt_next(s) >> 6;
    return py_float(((double)hi * 67108864.0 + (double)lo) * (1.0 / 9007199254740992.0));
}

/* getrandbits(k): k bits, the first word drawn being the least significant. */
static py_val mt_getrandbits(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    (void)kw;
    if (n != 2 || (a[1].tag != V_INT && a[1].tag != V_BOOL))
        return raise_type(vm, vm->e_type, "'%s' object cannot be interpreted as an integer", n == 2 ? py_type_name(vm, a[1]) : "NoneType");
    int64_t k = a[1].u.i;
    if (k < 0) return raise_type(vm, vm->e_value, "number of bits must be non-negative");
    mt_state *s = mt_of(a[0]);
    if (k <= 32) return py_int(k == 0 ? 0 : (int64_t)(mt_next(s) >> (32 - k)));
    py_val acc = py_int(0);
    for (int64_t shift = 0; k > 0; shift += 32, k -= 32) {
        if ((shift & 8191) == 0 && vm_check_interrupt(vm) < 0) return py_err();
        uint32_t w = mt_next(s);
        if (k < 32) w >>= 32 - k;
        py_val part = py_binop(vm, BINOP_LSHIFT, py_int(w), py_int(shift), false);
        if (py_is_err(part)) return part;
        py_tmp_push(vm, acc);
        acc = py_binop(vm, BINOP_OR, acc, part, false);
        if (py_is_err(acc)) return acc;
    }
    return acc;
}

static py_val rand_sha512(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    (void)kw;
    if (n != 1 || !is_kind(a[0], K_BYTES)) return raise_type(vm, vm->e_type, "_sha512() takes bytes");
    unsigned char out[64];
    sha512((const unsigned char *)AS_STR(a[0])->data, (size_t)AS_STR(a[0])->len, out);
    return py_obj_val(bytes_new(vm, (const char *)out, sizeof out));
}

/* The Python half: Lib/random.py's algorithms over the generator above. */
static const char *const random_src[] = {
    "from math import log as _log, exp as _exp, sqrt as _sqrt, cos as _cos, sin as _sin, floor as _floor, isfinite as _isfinite\n",
    "\n",
    "TWOPI = 6.283185307179586\n",
    "NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)\n",
    "_ONE = 1\n",
    "\n",
    "def _index(x, what):\n",
    "    if isinstance(x, int):\n",
    "        return int(x)\n",
    "    if isinstance(x, float) and x == int(x):\n",
    "        return int(x)\n",
    "    raise ValueError(what)\n",
    "\n",
    "def _bisect(a, x, lo, hi):\n",
    "    while lo < hi:\n",
    "        mid = (lo + hi) // 2\n",
    "        if x < a[mid]:\n",
    "            hi = mid\n",
    "        else:\n",
    "            lo = mid + 1\n",
    "    return lo\n",
    "\n",
    "def _accumulate(xs):\n",
    "    out = []\n",
    "    total = None\n",
    "    for x in xs:\n",
    "        total = x if total is None else total + x\n",
    "        out.append(total)\n",
    "    return out\n",
    "\n",
    "class Random:\n",
    "    def __init__(self, x=None):\n",
    "        self._mt = _MT()\n",
    "        self.seed(x)\n",
    "        self.gauss_next = None\n",
    "\n",
    "    def seed(self, a=None, version=2):\n",
    "        if isinstance(a, (str, bytes)) and version == 2:\n",
    "            if isinstance(a, str):\n",
    "                a = a.encode()\n",
    "            a = int.from_bytes(a + _sha512(a), 'big')\n",
    "        elif not isinstance(a, (type(None), int, float, str, bytes)):\n",
    "            raise TypeError('The only supported seed types are: None,\\n'\n",
    "                            'int, float, str, bytes, and bytearray.')\n",
    "        if a is None:\n",
    "            self._mt.seed_words(None)\n",
    "        else:\n",
    "            words = []\n",
    "            if isinstance(a, int):\n",
    "                n = abs(a)\n",
    "                while n:\n",
    "                    words.append(n & 0xffffffff)\n",
    "                    n >>= 32\n",
    "            else:\n",
    "                h = hash(a)\n",
    "                words = [h & 0xffffffff, (h >> 32) & 0xffffffff]\n",
    "                if not words[1]:\n",
    "                    words.pop()\n",
    "                    if not words[0]:\n",
    "                        words.pop()\n",
    "            self._mt.seed_words(words or [0])\n",
    "        self.gauss_next = None\n",
    "\n",
    "    def random(self):\n",
    "        return self._mt.random()\n",
    "\n",
    "    def getrandbits(self, k):\n",
    "        return self._mt.getrandbits(k)\n",
    "\n",
    "    def _randbelow(self, n):\n",
    "        getrandbits = self.getrandbits\n",
    "        k = n.bit_length()\n",
    "        r = getrandbits(k)\n",
    "        while r >= n:\n",
    "            r = getrandbits(k)\n",
    "        return r\n",
    "\n",
    "    def randrange(self, start, stop=None, step=_ONE):\n",
    "        istart = _index(start, 'non-integer arg 1 for randrange()')\n",
    "        if stop is None:\n",
    "            if step is not _ONE:\n",
    "                raise TypeError('Missing a non-None stop argument')\n",
    "            if istart > 0:\n",
    "                return self._randbelow(istart)\n",
    "            raise ValueError('empty range for randrange()')\n",
    "        istop = _index(stop, 'non-integer stop for randrange()')\n",
    "        width = istop - istart\n",
    "        istep = _index(step, 'non-integer step for randrange()')\n",
    "        if istep == 1:\n",
    "            if width > 0:\n",
    "                return istart + self._randbelow(width)\n",
    "            raise ValueError('empty range for randrange() (%d, %d, %d)' % (istart, istop, width))\n",
    "        if istep > 0:\n",
    "            n = (width + istep - 1) // istep\n",
    "        elif istep < 0:\n",
    "            n = (width + istep + 1) // istep\n",
    "        else:\n",
    "            raise ValueError('zero step for randrange()')\n",
    "        if n <= 0:\n",
    "            raise ValueError('empty range for randrange()')\n",
    "        return istart + istep * self._randbelow(n)\n",
    "\n",
    "    def randint(self, a, b):\n",
    "        return self.randrange(a, b + 1)\n",
    "\n",
    "    def choice(self, seq):\n",
    "        if not len(seq):\n",
    "            raise IndexError('Cannot choose from an empty sequence')\n",
    "        return seq[self._randbelow(len(seq))]\n",
    "\n",
    "    def shuffle(self, x):\n",
    "        randbelow = self._randbelow\n",
    "        for i in reversed(range(1, len(x))):\n",
    "            j = randbelow(i + 1)\n",
    "            x[i], x[j] = x[j], x[i]\n",
    "\n",
    "    def sample(self, population, k, *, counts=None):\n",
    "        if not isinstance(population, (list, tuple, str, range, bytes)):\n",
    "            raise TypeError('Population must be a sequence.  '\n",
    "                            'For dicts or sets, use sorted(d).')\n",
    "        n = len(population)\n",
    "        if counts is not None:\n",
    "            cum_counts = _accumulate(counts)\n",
    "            if len(cum_counts) != n:\n",
    "                raise ValueError('The number of counts does not match the population')\n",
    "            total = cum_counts.pop()\n",
    "            if not isinstance(total, int):\n",
    "                raise TypeError('Counts must be integers')\n",
    "            if total <= 0:\n",
    "                raise ValueError('Total of counts must be greater than zero')\n",
    "            selections = self.sample(range(total), k=k)\n",
    "            return [population[_bisect(cum_counts, s, 0, len(cum_counts))] for s in selections]\n",
    "        randbelow = self._randbelow\n",
    "        if not 0 <= k <= n:\n",
    "            raise ValueError('Sample larger than population or is negative')\n",
    "        result = [None] * k\n",
    "        setsize = 21\n",
    "        if k > 5:\n",
    "            setsize += 4 ** _ceil_log4(k * 3)\n",
    "        if n <= setsize:\n",
    "            pool = list(population)\n",
    "            for i in range(k):\n",
    "                j = randbelow(n - i)\n",
    "                result[i] = pool[j]\n",
    "                pool[j] = pool[n - i - 1]\n",
    "        else:\n",
    "            selected = set()\n",
    "            for i in range(k):\n",
    "                j = randbelow(n)\n",
    "                while j in selected:\n",
    "                    j = randbelow(n)\n",
    "                selected.add(j)\n",
    "                result[i] = population[j]\n",
    "        return result\n",
    "\n",
    "    def choices(self, population, weights=None, *, cum_weights=None, k=1):\n",
    "        random = self.random\n",
    "        n = len(population)\n",
    "        if cum_weights is None:\n",
    "            if weights is None:\n",
    "                n += 0.0\n",
    "                return [population[_floor(random() * n)] for i in range(k)]\n",
    "            if isinstance(weights, int):\n",
    "                raise TypeError(f'The number of choices must be a keyword argument: k={weights}')\n",
    "            cum_weights = _accumulate(weights)\n",
    "        elif weights is not None:\n",
    "            raise TypeError('Cannot specify both weights and cumulative weights')\n",
    "        if len(cum_weights) != n:\n",
    "            raise ValueError('The number of weights does not match the population')\n",
    "        total = cum_weights[-1] + 0.0\n",
    "        if total <= 0.0:\n",
    "            raise ValueError('Total of weights must be greater than zero')\n",
    "        if not _isfinite(total):\n",
    "            raise ValueError('Total of weights must be finite')\n",
    "        hi = n - 1\n",
    "        return [population[_bisect(cum_weights, random() * total, 0, hi)] for i in range(k)]\n",
    "\n",
    "    def uniform(self, a, b):\n",
    "        return a + (b - a) * self.random()\n",
    "\n",
    "    def triangular(self, low=0.0, high=1.0, mode=None):\n",
    "        u = self.random()\n",
    "        try:\n",
    "            c = 0.5 if mode is None else (mode - low) / (high - low)\n",
    "        except ZeroDivisionError:\n",
    "            return low\n",
    "        if u > c:\n",
    "            u = 1.0 - u\n",
    "            c = 1.0 - c\n",
    "            low, high = high, low\n",
    "        return low + (high - low) * _sqrt(u * c)\n",
    "\n",
    "    def gauss(self, mu=0.0, sigma=1.0):\n",
    "        random = self.random\n",
    "        z = self.gauss_next\n",
    "        self.gauss_next = None\n",
    "        if z is None:\n",
    "            x2pi = random() * TWOPI\n",
    "            g2rad = _sqrt(-2.0 * _log(1.0 - random()))\n",
    "            z = _cos(x2pi) * g2rad\n",
    "            self.gauss_next = _sin(x2pi) * g2rad\n",
    "        return mu + z * sigma\n",
    "\n",
    "    def normalvariate(self, mu=0.0, sigma=1.0):\n",
    "        random = self.random\n",
    "        while True:\n",
    "            u1 = random()\n",
    "            u2 = 1.0 - random()\n",
    "            z = NV_MAGICCONST * (u1 - 0.5) / u2\n",
    "            zz = z * z / 4.0\n",
    "            if zz <= -_log(u2):\n",
    "                break\n",
    "        return mu + z * sigma\n",
    "\n",
    "    def expovariate(self, lambd):\n",
    "        return -_log(1.0 - self.random()) / lambd\n",
    "\n",
    "def _ceil_log4(x):\n",
    "    e = 0\n",
    "    p = 1\n",
    "    while p < x:\n",
    "        p *= 4\n",
    "        e += 1\n",
    "    return e\n",
    "\n",
    "_inst = Random()\n",
    "seed = _inst.seed\n",
    "random = _inst.random\n",
    "uniform = _inst.uniform\n",
    "triangular = _inst.triangular\n",
    "randint = _inst.randint\n",
    "choice = _inst.choice\n",
    "randrange = _inst.randrange\n",
    "sample = _inst.sample\n",
    "shuffle = _inst.shuffle\n",
    "choices = _inst.choices\n",
    "normalvariate = _inst.normalvariate\n",
    "gauss = _inst.gauss\n",
    "expovariate = _inst.expovariate\n",
    "getrandbits = _inst.getrandbits\n",
    NULL,
};

static int random_init(py_vm *vm, py_val m)
{
    py_type_spec spec = {0};
    spec.name = "_MT";
    spec.size = sizeof(mt_state);
    py_type *t_mt = py_type_new_native(vm, &spec);
    py_type_add_method(vm, t_mt, "seed_words", mt_seed_words);
    py_type_add_method(vm, t_mt, "random", mt_random);
    py_type_add_method(vm, t_mt, "getrandbits", mt_getrandbits);
    py_module_set(vm, m, "_MT", py_type_val(t_mt));
    py_module_add_fn(vm, m, "_sha512", rand_sha512);
    sbuf src = {0};
    for (int i = 0; random_src[i]; i++) sbuf_adds(&src, random_src[i]);
    int rc = py_exec_module(vm, m, "<frozen random>", sbuf_str(&src));
    sbuf_free(&src);
    return rc;
}

void randmod_register(py_vm *vm)
{
    py_register_module(vm, "random", random_init);
}
