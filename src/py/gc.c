/* gc.c - mark-sweep garbage collection for every object the mini-Python allocates.
 * All VM memory goes through py_mem (one reallocate function) so the collector can
 * count bytes and enforce the memory cap. Roots: the running fibers, the module
 * registry, builtins, interned strings and the temporary-root stack (objects allocated
 * since the current instruction began). Objects whose type has a finalizer, and
 * coroutines never started, get one finalizer call and survive one more cycle. */
#include <stdio.h>
#include <stdlib.h>

#include "py/bigint.h"
#include "py/vm.h"

#define GC_FIRST (4u << 20)
#define GC_GROW_NUM 3   /* the next collection when the heap has grown by half */
#define GC_GROW_DEN 2

static void collect(py_vm *vm);

void *py_mem(py_vm *vm, void *p, size_t old, size_t size)
{
    vm->bytes += size;
    vm->bytes -= old;
    if (size > old) {
#ifdef PY_DEBUG_STRESS_GC
        /* Every allocation collects while the heap is small (where nearly every test
         * program lives); past 1 MB, every 1024th does, or a program that builds a
         * 100000-deep structure would need hours (each collection walks all of it). */
        if (vm->bytes < (1u << 20) || ++vm->stress_tick % 1024 == 0) collect(vm);
#else
        if (vm->bytes > vm->next_gc) collect(vm);
#endif
        if (vm->bytes > vm->mem_cap) {
            vm->mem_exceeded = true;
            vm->step_next = 0;
            if (vm->bytes > vm->mem_cap + vm->mem_cap / 2) {
                fflush(vm->out);
                fprintf(vm->err, "MemoryError: looplab's memory cap (%zu MB) exceeded\n", vm->mem_cap >> 20);
                exit(1);
            }
        }
    }
    if (size == 0) {
        free(p);
        return NULL;
    }
    return xrealloc(p, size);
}

void py_tmp_push(py_vm *vm, py_val v)
{
    if (v.tag != V_OBJ) return;
    if (vm->ntmp == vm->tmpcap) {
        vm->tmpcap = vm->tmpcap ? vm->tmpcap * 2 : 256;
        vm->tmp = xrealloc(vm->tmp, vm->tmpcap * sizeof *vm->tmp);
    }
    vm->tmp[vm->ntmp++] = v;
}

size_t py_tmp_mark(py_vm *vm) { return vm->ntmp; }
void py_tmp_reset(py_vm *vm, size_t mark) { if (mark < vm->ntmp) vm->ntmp = mark; }

/* Coroutines (never-awaited warning) and native objects whose type has a finalizer. */
static bool may_finalize(py_obj *o)
{
    if (o->kind == K_CORO) return true;
    if (o->kind == K_NOBJ) for (py_type *t = o->type; t; t = t->base) if (t->finalize) return true;
    return false;
}

void *py_alloc_obj(py_vm *vm, size_t size, int kind, py_type *type)
{
    py_obj *o = py_mem(vm, NULL, 0, size);
    memset(o, 0, size);
    o->kind = (uint8_t)kind;
    o->type = type;
    o->gc_next = vm->objects;
    vm->objects = o;
    if (may_finalize(o)) vm->nfinal++;
    py_tmp_push(vm, py_obj_val(o));
    return o;
}

void py_gc_init(py_vm *vm)
{
    vm->next_gc = GC_FIRST;
    if (!vm->mem_cap) vm->mem_cap = (size_t)512 << 20;
}

void py_mark_obj(py_vm *vm, py_obj *o)
{
    if (!o || o->marked) return;
    o->marked = 1;
    if (vm->ngray == vm->graycap) {
        vm->graycap = vm->graycap ? vm->graycap * 2 : 1024;
        vm->gray = xrealloc(vm->gray, vm->graycap * sizeof *vm->gray);
    }
    vm->gray[vm->ngray++] = o;
}

void py_gc_mark(py_vm *vm, py_val v)
{
    if (v.tag == V_OBJ) py_mark_obj(vm, v.u.o);
}

static void mark_vals(py_vm *vm, const py_val *v, int64_t n)
{
    for (int64_t i = 0; i < n; i++) if (v[i].tag == V_OBJ) py_mark_obj(vm, v[i].u.o);
}

void fiber_mark(py_vm *vm, py_fiber *f)
{
    for (int i = 0; i < f->nframes; i++) {
        py_frame *fr = &f->frames[i];
        py_mark_obj(vm, &fr->code->hdr);
        py_mark_obj(vm, (py_obj *)fr->func);
        py_mark_obj(vm, (py_obj *)fr->globals);
        py_mark_obj(vm, (py_obj *)fr->locals_dict);
        mark_vals(vm, fr->locals, fr->code->nlocals + fr->code->ncells + fr->code->nfree);
        if (fr->sp > fr->stack) mark_vals(vm, fr->stack, fr->sp - fr->stack);
    }
    py_gc_mark(vm, f->exc_info);
}

/* Marks what one object refers to. */
static void blacken(py_vm *vm, py_obj *o)
{
    py_mark_obj(vm, &o->type->hdr);
    switch (o->kind) {
    case K_STR: case K_BYTES: case K_RANGE: case K_BIGINT: break;
    case K_LIST: mark_vals(vm, ((py_list *)o)->items, ((py_list *)o)->len); break;
    case K_TUPLE: mark_vals(vm, ((py_tuple *)o)->items, ((py_tuple *)o)->len); break;
    case K_DICT: {
        py_dict *d = (py_dict *)o;
        for (int64_t i = 0; i < d->nentries; i++) {
            if (d->entries[i].key.tag == V_UNDEF) continue;
            py_gc_mark(vm, d->entries[i].key);
            py_gc_mark(vm, d->entries[i].val);
        }
        break;
    }
    case K_SET: {
        py_set *s = (py_set *)o;
        if (s->table) for (int64_t i = 0; i <= s->mask; i++) if (s->table[i].used == 1) py_gc_mark(vm, s->table[i].key);
        break;
    }
    case K_SLICE: {
        py_slice *s = (py_slice *)o;
        py_gc_mark(vm, s->start); py_gc_mark(vm, s->stop); py_gc_mark(vm, s->step);
        break;
    }
    case K_FUNC: {
        py_func *f = (py_func *)o;
        py_mark_obj(vm, &f->code->hdr);
        py_mark_obj(vm, (py_obj *)f->globals);
        py_mark_obj(vm, (py_obj *)f->defaults);
        py_mark_obj(vm, (py_obj *)f->kwdefaults);
        py_mark_obj(vm, (py_obj *)f->closure);
        py_mark_obj(vm, (py_obj *)f->attrs);
        py_gc_mark(vm, f->doc);
        break;
    }
    case K_NATIVE: py_gc_mark(vm, ((py_native *)o)->self); py_mark_obj(vm, (py_obj *)((py_native *)o)->owner); break;
    case K_BOUND: py_gc_mark(vm, ((py_bound *)o)->self); py_gc_mark(vm, ((py_bound *)o)->func); break;
    case K_CELL: py_gc_mark(vm, ((py_cell *)o)->v); break;
    case K_CODE: {
        py_code *c = (py_code *)o;
        mark_vals(vm, c->consts, c->nconsts);
        for (int i = 0; i < c->nnames; i++) py_mark_obj(vm, &c->names[i]->hdr);
        for (int i = 0; i < c->nlocals; i++) py_mark_obj(vm, &c->varnames[i]->hdr);
        for (int i = 0; i < c->ncells; i++) py_mark_obj(vm, &c->cellnames[i]->hdr);
        for (int i = 0; i < c->nfree; i++) py_mark_obj(vm, &c->freenames[i]->hdr);
        py_mark_obj(vm, &c->name->hdr);
        py_mark_obj(vm, &c->qualname->hdr);
        py_mark_obj(vm, &c->filename->hdr);
        break;
    }
    case K_TYPE: {
        py_type *t = (py_type *)o;
        py_mark_obj(vm, (py_obj *)t->name);
        py_mark_obj(vm, (py_obj *)t->base);
        py_mark_obj(vm, (py_obj *)t->dict);
        break;
    }
    case K_INST: {
        py_inst *x = (py_inst *)o;
        py_mark_obj(vm, (py_obj *)x->attrs);
        py_gc_mark(vm, x->args); py_gc_mark(vm, x->cause); py_gc_mark(vm, x->context);
        py_gc_mark(vm, x->tb); py_gc_mark(vm, x->notes); py_gc_mark(vm, x->eg_msg); py_gc_mark(vm, x->eg_excs);
        break;
    }
    case K_NOBJ: {
        py_nobj *n = (py_nobj *)o;
        py_mark_obj(vm, (py_obj *)n->attrs);
        for (py_type *t = o->type; t; t = t->base) if (t->mark) { t->mark(vm, n->data); break; }
        break;
    }
    case K_MODULE: py_mark_obj(vm, (py_obj *)((py_module *)o)->name); py_mark_obj(vm, (py_obj *)((py_module *)o)->dict); break;
    case K_CORO: {
        py_coro *c = (py_coro *)o;
        fiber_mark(vm, &c->fiber);
        py_mark_obj(vm, (py_obj *)c->func);
        py_gc_mark(vm, c->awaiting);
        py_gc_mark(vm, c->ag_finalizer);
        py_mark_obj(vm, (py_obj *)c->created_code);
        break;
    }
    case K_ITER: {
        py_iterobj *it = (py_iterobj *)o;
        py_gc_mark(vm, it->src); py_gc_mark(vm, it->fn);
        mark_vals(vm, it->many, it->nmany);
        break;
    }
    case K_TB:
        py_mark_obj(vm, &((py_tb *)o)->code->hdr);
        py_gc_mark(vm, ((py_tb *)o)->next);
        py_gc_mark(vm, ((py_tb *)o)->locals);
        break;
    case K_WEAK: break;
    case K_PROP: {
        py_prop *p = (py_prop *)o;
        py_gc_mark(vm, p->fget);
        py_gc_mark(vm, p->fset);
        py_gc_mark(vm, p->fdel);
        py_gc_mark(vm, p->doc);
        break;
    }
    default: break;
    }
}

static void free_obj(py_vm *vm, py_obj *o)
{
    size_t size = 0;
    if (may_finalize(o) && vm->nfinal) vm->nfinal--;
    switch (o->kind) {
    case K_STR: case K_BYTES: size = sizeof(py_str) + (size_t)((py_str *)o)->len + 1; break;
    case K_LIST: py_mem(vm, ((py_list *)o)->items, (size_t)((py_list *)o)->cap * sizeof(py_val), 0); size = sizeof(py_list); break;
    case K_TUPLE: size = sizeof(py_tuple) + (size_t)((py_tuple *)o)->len * sizeof(py_val); break;
    case K_DICT: {
        py_dict *d = (py_dict *)o;
        py_mem(vm, d->entries, (size_t)d->cap * sizeof(py_dentry), 0);
        py_mem(vm, d->index, (size_t)d->isize * sizeof(int32_t), 0);
        size = sizeof(py_dict);
        break;
    }
    case K_SET: if (((py_set *)o)->table) py_mem(vm, ((py_set *)o)->table, (size_t)(((py_set *)o)->mask + 1) * sizeof(py_sentry), 0); size = sizeof(py_set); break;
    case K_RANGE: size = sizeof(py_range); break;
    case K_BIGINT: size = bigint_obj_size(o); break;
    case K_SLICE: size = sizeof(py_slice); break;
    case K_FUNC: size = sizeof(py_func); break;
    case K_NATIVE: size = sizeof(py_native); break;
    case K_BOUND: size = sizeof(py_bound); break;
    case K_CELL: size = sizeof(py_cell); break;
    case K_CODE: {
        py_code *c = (py_code *)o;
        free(c->code); free(c->locs); free(c->consts); free(c->names); free(c->varnames);
        free(c->cellnames); free(c->freenames); free(c->cell2arg);
        size = sizeof(py_code);
        break;
    }
    case K_TYPE: size = sizeof(py_type); break;
    case K_INST: size = sizeof(py_inst); break;
    case K_NOBJ: {
        size_t extra = 0;
        for (py_type *t = o->type; t; t = t->base) if (t->native_size) { extra = t->native_size; break; }
        size = sizeof(py_nobj) + extra;
        break;
    }
    case K_MODULE: size = sizeof(py_module); break;
    case K_CORO:
        if (gen_is_suspended(py_obj_val(o)) && vm->nsusp_gens) vm->nsusp_gens--;
        fiber_free(vm, &((py_coro *)o)->fiber);
        size = sizeof(py_coro);
        break;
    case K_ITER: free(((py_iterobj *)o)->many); size = sizeof(py_iterobj); break;
    case K_TB: size = sizeof(py_tb); break;
    case K_WEAK: size = sizeof(py_weak); break;
    case K_PROP: size = sizeof(py_prop); break;
    default: break;
    }
    vm->bytes -= size < vm->bytes ? size : vm->bytes;
    free(o);
}

static void mark_roots(py_vm *vm)
{
    mark_vals(vm, vm->tmp, (int64_t)vm->ntmp);
    for (py_fiber *f = vm->fiber; f; f = f->caller) fiber_mark(vm, f);
    fiber_mark(vm, &vm->main_fiber);
    for (size_t i = 0; i < vm->interncap; i++) if (vm->interned[i]) py_mark_obj(vm, &vm->interned[i]->hdr);
    py_mark_obj(vm, (py_obj *)vm->builtins);
    py_mark_obj(vm, (py_obj *)vm->main_globals);
    for (int i = 0; i < vm->nmods; i++) py_gc_mark(vm, vm->mods[i].module);
    py_gc_mark(vm, vm->exc);
    py_gc_mark(vm, vm->sys_stdout);
    py_gc_mark(vm, vm->sys_stderr);
    py_gc_mark(vm, vm->argv);
    py_gc_mark(vm, vm->ellipsis);
    py_gc_mark(vm, vm->notimpl);
    py_gc_mark(vm, vm->agen_firstiter);
    py_gc_mark(vm, vm->agen_finalizer);
    /* well-known types are reachable through builtins, but mark them anyway */
    py_type **types = &vm->t_object;
    for (py_type **t = types; t <= &vm->t_nonetype; t++) py_mark_obj(vm, (py_obj *)*t);
    for (py_type **t = &vm->e_base; t <= &vm->e_modnotfound; t++) py_mark_obj(vm, (py_obj *)*t);
}

static void trace(py_vm *vm)
{
    while (vm->ngray) blacken(vm, vm->gray[--vm->ngray]);
}

static bool needs_finalizer(py_vm *vm, py_obj *o)
{
    if (o->finalized) return false;
    if (o->kind == K_CORO) {
        py_coro *c = (py_coro *)o;
        if (c->is_gen || c->is_agen)  /* suspended: closed, or an async generator's finalizer hook */
            return c->state == CORO_SUSPENDED || (c->state == CORO_CREATED && c->ag_finalizer.tag == V_OBJ);
        return c->state == CORO_CREATED;
    }
    if (o->kind == K_NOBJ) for (py_type *t = o->type; t; t = t->base) if (t->finalize) return true;
    (void)vm;
    return false;
}

/* Runs finalizers of unreachable objects and keeps them (and what they reach) for one
 * more cycle, so a finalizer never sees freed memory. */
static void run_finalizers(py_vm *vm)
{
    size_t n = 0;
    if (!vm->nfinal) return;
    for (py_obj *o = vm->objects; o; o = o->gc_next) {
        if (!o->marked && needs_finalizer(vm, o)) {
            o->finalized = 1;
            py_tmp_push(vm, py_obj_val(o));
            n++;
        }
    }
    if (!n) return;
    size_t start = vm->ntmp - n;
    for (size_t i = start; i < vm->ntmp; i++) py_mark_obj(vm, vm->tmp[i].u.o);
    trace(vm);
    vm->gc_paused++;
    py_obj *before = vm->objects;
    for (size_t i = start; i < start + n; i++) {
        py_obj *o = vm->tmp[i].u.o;
        if (o->kind == K_CORO && (((py_coro *)o)->is_gen || ((py_coro *)o)->is_agen)) {
            gen_finalize(vm, (py_coro *)o);
        } else if (o->kind == K_CORO) {
            if (vm->unawaited_hook) vm->unawaited_hook(vm, py_obj_val(o), vm->unawaited_ud);
        } else {
            for (py_type *t = o->type; t; t = t->base)
                if (t->finalize) { t->finalize(vm, py_obj_val(o), ((py_nobj *)o)->data); break; }
        }
    }
    vm->gc_paused--;
    /* finalizers may run Python code (asyncio closes a destroyed task's coroutine):
     * what they allocated may now be referenced from live objects, so it survives */
    for (py_obj *o = vm->objects; o != before; o = o->gc_next) o->marked = 1;
    vm->ntmp = start;
}

static void clear_weaks(py_vm *vm)
{
    size_t k = 0;
    for (size_t i = 0; i < vm->nweaks; i++) {
        py_weak *w = vm->weaks[i];
        if (!w->hdr.marked) continue;
        if (w->target && !w->target->marked) w->target = NULL;
        vm->weaks[k++] = w;
    }
    vm->nweaks = k;
}

static void collect(py_vm *vm)
{
    if (vm->gc_paused) return;
    vm->gc_paused++;
    mark_roots(vm);
    trace(vm);
    run_finalizers(vm);
    clear_weaks(vm);
    py_obj **p = &vm->objects;
    while (*p) {
        py_obj *o = *p;
        if (o->marked) {
            o->marked = 0;
            p = &o->gc_next;
        } else {
            *p = o->gc_next;
            free_obj(vm, o);
        }
    }
    vm->next_gc = vm->bytes / GC_GROW_DEN * GC_GROW_NUM > GC_FIRST ? vm->bytes / GC_GROW_DEN * GC_GROW_NUM : GC_FIRST;
    vm->gc_paused--;
}

void py_gc_collect(py_vm *vm) { collect(vm); }

void py_native_finalized(py_val v)
{
    if (v.tag == V_OBJ && v.u.o->kind == K_NOBJ) v.u.o->finalized = 1;
}

void py_gc_free_all(py_vm *vm)
{
    py_obj *o = vm->objects;
    while (o) {
        py_obj *n = o->gc_next;
        free_obj(vm, o);
        o = n;
    }
    vm->objects = NULL;
    free(vm->gray);
    free(vm->tmp);
    free(vm->weaks);
    free(vm->interned);
}

py_val py_weak_new(py_vm *vm, py_val target)
{
    py_weak *w = py_alloc_obj(vm, sizeof(py_weak), K_WEAK, vm->t_weak);
    w->target = target.tag == V_OBJ ? target.u.o : NULL;
    if (vm->nweaks == vm->weakcap) {
        vm->weakcap = vm->weakcap ? vm->weakcap * 2 : 64;
        vm->weaks = xrealloc(vm->weaks, vm->weakcap * sizeof *vm->weaks);
    }
    vm->weaks[vm->nweaks++] = w;
    return py_obj_val(w);
}

py_val py_weak_get(py_val weak)
{
    py_weak *w = (py_weak *)weak.u.o;
    return w->target ? py_obj_val(w->target) : undef_val();
}
