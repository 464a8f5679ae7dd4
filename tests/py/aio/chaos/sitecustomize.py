# Loaded by check_cpython.sh when CHAOS=1 (via PYTHONPATH). It perturbs
# when CPython's event loop wakes up for its next timer: up to 0.5 ms early
# or 2 ms late, with microsecond precision (SelectSelector instead of epoll,
# whose millisecond rounding hides most of this). Timers with nearly equal
# deadlines then land in the same loop iteration or in different ones at
# random, as they can on a busy machine. A golden test whose output changes
# under CHAOS=1 depends on timing that CPython does not promise.
import os
import random
import selectors

_rng = random.Random(os.environ.get("AIO_CHAOS_SEED"))


class ChaosSelector(selectors.SelectSelector):
    def select(self, timeout=None):
        if timeout is not None and timeout > 0:
            timeout = max(0.0, timeout + _rng.uniform(-0.0005, 0.002))
        return super().select(timeout)


selectors.DefaultSelector = ChaosSelector
