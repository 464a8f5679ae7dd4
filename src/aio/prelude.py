# prelude.py - the parts of looplab's asyncio written in mini-Python, run inside the
# asyncio module after its native parts (Future, Task, the loop, handles) are in place.
# Each piece keeps the structure and the order of operations of CPython 3.11's
# Lib/asyncio (runners, tasks, timeouts, taskgroups, locks, queues), so that callbacks
# are scheduled in the same order. as_completed is an iterator class (written before
# the subset had generators). Where CPython iterates a set (asyncio.run cancelling leftovers, wait,
# TaskGroup aborting), this iterates in creation order.

import time as _time
import sys as _sys
import gc as _gc

_real_sleep = _time.sleep
_real_monotonic = _time.monotonic
_time.sleep = _blocking_sleep
if _virtual:
    _time.monotonic = _monotonic
    _time.perf_counter = _monotonic


# ---- exceptions.py ----

class CancelledError(BaseException):
    __module__ = "asyncio.exceptions"


class InvalidStateError(Exception):
    __module__ = "asyncio.exceptions"


class IncompleteReadError(EOFError):
    __module__ = "asyncio.exceptions"

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    __module__ = "asyncio.exceptions"

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


class BrokenBarrierError(RuntimeError):
    __module__ = "asyncio.exceptions"


class SendfileNotAvailableError(RuntimeError):
    __module__ = "asyncio.exceptions"


class QueueEmpty(Exception):
    __module__ = "asyncio.queues"


class QueueFull(Exception):
    __module__ = "asyncio.queues"


class exceptions:
    CancelledError = CancelledError
    InvalidStateError = InvalidStateError
    BrokenBarrierError = BrokenBarrierError
    SendfileNotAvailableError = SendfileNotAvailableError
    TimeoutError = TimeoutError
    IncompleteReadError = IncompleteReadError
    LimitOverrunError = LimitOverrunError


TimeoutError = TimeoutError
FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


# Handle._run of events.py: the traceback frame of an exception from calling a
# callback that is no function (aio_core.c), so that a traceback header still shows.
def _run():
    pass


def _apply(fn, args):
    return fn(*args)


# ---- events.py / base_events.py ----

# The event loop policy: the default one keeps the current loop of the one thread
# programs run on, making one on first use unless set_event_loop was called.

class AbstractEventLoopPolicy:
    __module__ = "asyncio.events"

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    __module__ = "asyncio.events"

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return _new_loop()


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    __module__ = "asyncio.unix_events"


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
_event_loop_policy = None


def get_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def _get_event_loop():
    return get_event_loop()


def _format_context(context):
    message = context.get('message')
    if not message:
        message = 'Unhandled exception in event loop'
    lines = [message]
    for key in sorted(context):
        if key == 'message' or key == 'exception':
            continue
        lines.append(f'{key}: {context[key]!r}')
    return '\n'.join(lines) + '\n'


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


def _loop_run_until_complete(self, future):
    if self.is_closed():
        raise RuntimeError('Event loop is closed')
    if self.is_running():
        raise RuntimeError('This event loop is already running')
    if _get_running_loop() is not None:
        raise RuntimeError('Cannot run the event loop while another loop is running')
    new_task = not isfuture(future)
    future = ensure_future(future, loop=self)
    if new_task:
        future._set_log_destroy_pending(False)
    future.add_done_callback(_run_until_complete_cb)
    try:
        self.run_forever()
    except BaseException:
        if new_task and future.done() and not future.cancelled():
            future.exception()
        raise
    finally:
        future.remove_done_callback(_run_until_complete_cb)
    if not future.done():
        raise RuntimeError('Event loop stopped before Future completed.')
    return future.result()


# Async generators (base_events.py): while the loop runs, sys.set_asyncgen_hooks makes
# every async generator's first __anext__/asend/athrow/aclose register it here (held
# weakly, as CPython's WeakSet, in registration order), and a collected unfinished one
# is handed to the finalizer hook, which schedules its aclose() (an awaitable that
# asyncio.iscoroutine accepts, as CPython's collections.abc.Coroutine check does).
def _loop_agens(loop):
    if not hasattr(loop, '_asyncgens'):
        loop._asyncgens = []
        loop._asyncgens_shutdown_called = False
    return loop._asyncgens


def _loop_asyncgen_firstiter_hook(self, agen):
    _loop_agens(self).append(_weakref(agen))


def _loop_asyncgen_finalizer_hook(self, agen):
    gens = _loop_agens(self)
    for i in range(len(gens)):
        if _weakget(gens[i]) is agen:
            del gens[i]
            break
    if not self.is_closed():
        self.call_soon(self.create_task, agen.aclose())


_c_run_forever = _UnixSelectorEventLoop.run_forever


def _loop_run_forever(self):
    old_agen_hooks = _sys.get_asyncgen_hooks()
    _sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                            finalizer=self._asyncgen_finalizer_hook)
    try:
        return _c_run_forever(self)
    finally:
        _sys.set_asyncgen_hooks(*old_agen_hooks)


async def _loop_shutdown_asyncgens(self):
    gens = _loop_agens(self)
    self._asyncgens_shutdown_called = True
    closing_agens = [g for g in map(_weakget, gens) if g is not None]
    if not len(closing_agens):
        return
    gens.clear()
    results = await gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
    for result, agen in zip(results, closing_agens):
        if isinstance(result, Exception):
            self.call_exception_handler({
                'message': f'an error occurred during closing of '
                           f'asynchronous generator {agen!r}',
                'exception': result,
                'asyncgen': agen
            })


async def _loop_shutdown_default_executor(self):
    await _lanes_idle()


def _loop_set_exception_handler(self, handler):
    self._exception_handler = handler


def _loop_get_exception_handler(self):
    return self._exception_handler


def _loop_default_exception_handler(self, context):
    _sys.stderr.write(_format_context(context))
    exc = context.get('exception')
    if exc is not None:
        _print_exc(exc)


def _loop_get_debug(self):
    return False


def _loop_call_soon_threadsafe(self, callback, *args, context=None):
    return self.call_soon(callback, *args)


def _loop_get_task_factory(self):
    return None


def _loop_set_default_executor(self, executor):
    pass


def _loop_run_in_executor(self, executor, func, *args):
    return _lane_submit(self, executor, func, args)


BaseEventLoop.run_until_complete = _loop_run_until_complete
BaseEventLoop.shutdown_asyncgens = _loop_shutdown_asyncgens
_UnixSelectorEventLoop.run_forever = _loop_run_forever
BaseEventLoop._asyncgen_firstiter_hook = _loop_asyncgen_firstiter_hook
BaseEventLoop._asyncgen_finalizer_hook = _loop_asyncgen_finalizer_hook
BaseEventLoop.shutdown_default_executor = _loop_shutdown_default_executor
BaseEventLoop.set_exception_handler = _loop_set_exception_handler
BaseEventLoop.get_exception_handler = _loop_get_exception_handler
BaseEventLoop.default_exception_handler = _loop_default_exception_handler
BaseEventLoop.get_debug = _loop_get_debug
BaseEventLoop.run_in_executor = _loop_run_in_executor
BaseEventLoop.call_soon_threadsafe = _loop_call_soon_threadsafe
BaseEventLoop.get_task_factory = _loop_get_task_factory
BaseEventLoop.set_default_executor = _loop_set_default_executor
BaseEventLoop.slow_callback_duration = 0.1


# ---- runners.py ----

def _cancel_all_tasks(loop):
    to_cancel = [t for t in _tasks_list() if not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


class Runner:
    __module__ = "asyncio.runners"

    def __init__(self, *, debug=None, loop_factory=None):
        self._loop = None
        self._initialized = False
        self._closed = False
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, et, exc, tb):
        self.close()

    def close(self):
        if not self._initialized or self._closed:
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._closed = True

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def _lazy_init(self):
        if self._closed:
            raise RuntimeError("Runner is closed")
        if self._initialized:
            return
        self._loop = new_event_loop()
        if not self._set_event_loop:
            set_event_loop(self._loop)
            self._set_event_loop = True
        self._initialized = True

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro)
        return self._loop.run_until_complete(task)


def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    runner = Runner(debug=debug)
    try:
        return runner.run(main)
    finally:
        runner.close()
        _gc.collect()


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


# ---- tasks.py ----

def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if not iscoroutine(coro_or_future):
        raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        coro_or_future.close()
        raise


def create_task(coro, *, name=None, context=None):
    loop = get_running_loop()
    task = loop.create_task(coro)
    if name is not None:
        task.set_name(name)
    return task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _tasks_list() if not t.done()}


async def sleep(delay, result=None):
    if delay <= 0:
        await _yield()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = _sleep_timer(delay, future, result)
    try:
        return await future
    finally:
        h.cancel()


# sleep(0) is the one await most loops make: a native stand-in for the coroutine
# (aio_core.c, _sleep0) spares a coroutine per call; every other delay gets the real one.
_sleep_coro = sleep


def sleep(delay, result=None):
    if (type(delay) is int or type(delay) is float) and delay <= 0:
        return _sleep0(result)
    return _sleep_coro(delay, result)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()

    def cb(f):
        _release_waiter(waiter, f)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def cb(f):
        _release_waiter(waiter, f)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut, loop=loop)
                raise
        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


def _unique(fs):
    out = []
    for f in fs:
        if f not in out:
            out.append(f)
    return out


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = _unique(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


class _AsCompleted:
    def __init__(self, fs, timeout):
        self._done = Queue()
        loop = _get_event_loop()
        self._todo = []
        for f in _unique(fs):
            self._todo.append(ensure_future(f, loop=loop))
        self._timeout_handle = None
        self._left = len(self._todo)
        for f in self._todo:
            f.add_done_callback(self._on_completion)
        if self._todo and timeout is not None:
            self._timeout_handle = loop.call_later(timeout, self._on_timeout)

    def _on_timeout(self):
        for f in self._todo:
            f.remove_done_callback(self._on_completion)
            self._done.put_nowait(None)
        self._todo.clear()

    def _on_completion(self, f):
        if not self._todo:
            return
        self._todo.remove(f)
        self._done.put_nowait(f)
        if not self._todo and self._timeout_handle is not None:
            self._timeout_handle.cancel()

    async def _wait_for_one(self):
        f = await self._done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    def __iter__(self):
        return self

    def __next__(self):
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._wait_for_one()


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    return _AsCompleted(fs, timeout)


class _GatheringFuture(Future):
    __module__ = "asyncio.tasks"

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = _get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return
        if nfinished == nfuts:
            results = []
            for fut in children:
                if fut.cancelled():
                    msg = fut._cancel_message()
                    res = CancelledError('' if msg is None else msg)
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)
            if outer._cancel_requested:
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            if fut is not arg:
                fut._set_log_destroy_pending(False)
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


async def to_thread(func, *args, **kwargs):
    loop = get_running_loop()
    if kwargs:
        def call():
            return func(*args, **kwargs)
        return await loop.run_in_executor(None, call)
    return await loop.run_in_executor(None, func, *args)


# ---- timeouts.py ----

class Timeout:
    __module__ = "asyncio.timeouts"

    def __init__(self, when):
        self._state = 'created'
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'active':
            if self._state == 'created':
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state == 'expiring' or self._state == 'expired'

    def __repr__(self):
        info = ['']
        if self._state == 'active':
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        info_str = ' '.join(info)
        return f"<Timeout [{self._state}]{info_str}>"

    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = 'active'
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == 'active':
            self._state = 'finished'
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'expiring'
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# ---- taskgroups.py ----

class TaskGroup:
    __module__ = "asyncio.taskgroups"

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = []
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        info_str = ' '.join(info)
        return f'<TaskGroup{info_str}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = self._loop.create_task(coro)
        if name is not None:
            task.set_name(name)
        if task.done():
            self._on_task_done(task)
        else:
            self._tasks.append(task)
            task.add_done_callback(self._on_task_done)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        if task in self._tasks:
            self._tasks.remove(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# ---- locks.py ----

class _LoopBoundMixin:
    __module__ = "asyncio.mixins"

    _loop = None

    def _get_loop(self):
        loop = _get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _ContextManagerMixin(_LoopBoundMixin):
    __module__ = "asyncio.locks"

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin):
    __module__ = "asyncio.locks"

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{object.__repr__(self)[1:-1]} [{extra}]>'

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    __module__ = "asyncio.locks"

    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{object.__repr__(self)[1:-1]} [{extra}]>'

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin):
    __module__ = "asyncio.locks"

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{object.__repr__(self)[1:-1]} [{extra}]>'

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin):
    __module__ = "asyncio.locks"

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{object.__repr__(self)[1:-1]} [{extra}]>'

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    __module__ = "asyncio.locks"

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()



# A barrier cycles filling -> draining -> filling; reset() passes through resetting and
# abort() ends in broken. Every change of state is announced on one Condition, and
# each task re-checks the state it waits for, so wake-ups come in the Condition's
# FIFO order as in CPython.
class Barrier(_LoopBoundMixin):
    __module__ = "asyncio.locks"

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'
        self._count = 0

    def __repr__(self):
        extra = self._state
        if self._state != 'broken':
            extra = f'{extra}, waiters:{self.n_waiting}/{self._parties}'
        return f'<{object.__repr__(self)[1:-1]} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._cond.wait_for(self._not_busy)
            if self._state == 'broken':
                raise BrokenBarrierError("Barrier aborted")
            try:
                arrived = self._count
                self._count = arrived + 1
                if self._count == self._parties:
                    await self._trip()
                else:
                    await self._cond.wait_for(self._not_filling)
                    if self._state == 'broken' or self._state == 'resetting':
                        raise BrokenBarrierError("Abort or reset of barrier")
                return arrived
            finally:
                self._count -= 1
                self._leave()

    def _not_busy(self):
        return self._state != 'draining' and self._state != 'resetting'

    def _not_filling(self):
        return self._state != 'filling'

    async def _trip(self):
        self._state = 'draining'
        self._cond.notify_all()

    def _leave(self):
        # the last task out lets the next round fill
        if self._count != 0:
            return
        if self._state == 'draining' or self._state == 'resetting':
            self._state = 'filling'
        self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            self._state = 'resetting' if self._count > 0 else 'filling'
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    def _get_parties(self):
        return self._parties

    def _get_n_waiting(self):
        return self._count if self._state == 'filling' else 0

    def _get_broken(self):
        return self._state == 'broken'

    parties = property(_get_parties)
    n_waiting = property(_get_n_waiting)
    broken = property(_get_broken)


# ---- queues.py ----

def _heappush(heap, item):
    heap.append(item)
    pos = len(heap) - 1
    while pos > 0:
        parent = (pos - 1) >> 1
        if heap[pos] < heap[parent]:
            heap[pos], heap[parent] = heap[parent], heap[pos]
            pos = parent
        else:
            break


def _heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    n = len(heap)
    pos = 0
    # CPython's heapq: sift the hole down to a leaf along smaller children, then up
    child = 1
    while child < n:
        right = child + 1
        if right < n and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = last
    while pos > 0:
        parent = (pos - 1) >> 1
        if last < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = last
    return top


class Queue(_LoopBoundMixin):
    __module__ = "asyncio.queues"

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = []
        self._head = 0

    def _get(self):
        item = self._queue[self._head]
        self._queue[self._head] = None
        self._head += 1
        if self._head > 32 and self._head * 2 > len(self._queue):
            del self._queue[:self._head]
            self._head = 0
        return item

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if self.qsize():
            result += f' _queue={self._items()!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def _items(self):
        return self._queue[self._head:]

    def qsize(self):
        return len(self._queue) - self._head

    def _get_maxsize(self):
        return self._maxsize

    maxsize = property(_get_maxsize)

    def empty(self):
        return self.qsize() == 0

    def full(self):
        if self._maxsize <= 0:
            return False
        else:
            return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    __module__ = "asyncio.queues"

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)

    def _items(self):
        return list(self._queue)

    def qsize(self):
        return len(self._queue)


class LifoQueue(Queue):
    __module__ = "asyncio.queues"

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()

    def _items(self):
        return list(self._queue)

    def qsize(self):
        return len(self._queue)


# ---- executors (see aio_lane.c) ----

def _lane_submit(loop, executor, func, args):
    fut = loop.create_future()
    _lane_start(fut, func, args)
    return fut


# ---- sockets, transports and servers (selector_events.py, base_events.py) ----
# Loopback TCP only: the natives _sock_* (aio_sock.c) refuse any other address. A
# socket is its fd number; buffers are bytes (the subset has no bytearray).

_DEFAULT_LIMIT = 2 ** 16
_LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5


class TransportSocket:
    __module__ = "asyncio.trsock"

    def __init__(self, fd, family):
        self._fd = fd
        self.family = family

    def fileno(self):
        return self._fd

    def getsockname(self):
        return _sock_name(self._fd)

    def getpeername(self):
        return _sock_peer(self._fd)

    def __repr__(self):
        s = f"<asyncio.TransportSocket fd={self._fd}, family={self.family}, type=1, proto=6"
        try:
            s = s + f", laddr={_sock_name(self._fd)}"
        except OSError:
            pass
        return s + ">"


class _SelectorSocketTransport:
    __module__ = "asyncio.selector_events"

    max_size = 256 * 1024

    def __init__(self, loop, fd, family, protocol, waiter=None, extra=None, server=None):
        self._extra = {} if extra is None else extra
        self._extra['socket'] = TransportSocket(fd, family)
        try:
            self._extra['sockname'] = _sock_name(fd)
        except OSError:
            self._extra['sockname'] = None
        if 'peername' not in self._extra:
            try:
                self._extra['peername'] = _sock_peer(fd)
            except OSError:
                self._extra['peername'] = None
        self._loop = loop
        self._sock = fd
        self._sock_fd = fd
        self._protocol = protocol
        self._protocol_connected = True
        self._server = server
        self._buffer = b''
        self._conn_lost = 0
        self._closing = False
        self._paused = False
        self._protocol_paused = False
        self._high_water = 64 * 1024
        self._low_water = 16 * 1024
        self._eof = False
        if server is not None:
            server._attach()
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._add_reader, fd, self._read_ready)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = ['_SelectorSocketTransport']
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._sock_fd}')
        if self._loop is not None and not self._loop.is_closed():
            info.append('read=idle' if self._closing or self._paused else 'read=polling')
            state = 'polling' if self._buffer else 'idle'
            info.append(f'write=<{state}, bufsize={len(self._buffer)}>')
        return '<' + ' '.join(info) + '>'

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._protocol_connected = True

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._closing and not self._paused

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop._remove_reader(self._sock_fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader(self._sock_fd, self._read_ready)

    def _add_reader(self, fd, callback):
        if not self.is_reading():
            return
        self._loop._add_reader(fd, callback)

    # flow control (transports._FlowControlMixin)
    def _maybe_pause_protocol(self):
        if len(self._buffer) <= self._high_water or self._protocol_paused:
            return
        self._protocol_paused = True
        try:
            self._protocol.pause_writing()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({'message': 'protocol.pause_writing() failed', 'exception': exc,
                                               'transport': self, 'protocol': self._protocol})

    def _maybe_resume_protocol(self):
        if not self._protocol_paused or len(self._buffer) > self._low_water:
            return
        self._protocol_paused = False
        try:
            self._protocol.resume_writing()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({'message': 'protocol.resume_writing() failed', 'exception': exc,
                                               'transport': self, 'protocol': self._protocol})

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high_water = high
        self._low_water = low
        self._maybe_pause_protocol()

    def get_write_buffer_size(self):
        return len(self._buffer)

    # reading
    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = _sock_recv(self._sock_fd, self.max_size)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if data is None:
            return
        if not data:
            self._read_ready__on_eof()
            return
        try:
            self._protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.data_received() call failed.')

    def _read_ready__on_eof(self):
        try:
            keep_open = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        if keep_open:
            self._loop._remove_reader(self._sock_fd)
        else:
            self.close()

    # writing
    def write(self, data):
        if not isinstance(data, bytes):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost:
            if self._conn_lost >= _LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                print('socket.send() raised exception.', file=_sys.stderr)
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                n = _sock_send(self._sock_fd, data)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            data = data[n:]
            if not data:
                return
            self._loop._add_writer(self._sock_fd, self._write_ready)
        self._buffer = self._buffer + data
        self._maybe_pause_protocol()

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            n = _sock_send(self._sock_fd, self._buffer)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop._remove_writer(self._sock_fd)
            self._buffer = b''
            self._fatal_error(exc, 'Fatal write error on socket transport')
            return
        if n:
            self._buffer = self._buffer[n:]
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop._remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)
            elif self._eof:
                _sock_shutdown(self._sock_fd)

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            _sock_shutdown(self._sock_fd)

    def can_write_eof(self):
        return True

    # closing
    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop._remove_writer(self._sock_fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc, message='Fatal error on transport'):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({'message': message, 'exception': exc,
                                               'transport': self, 'protocol': self._protocol})
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer = b''
            self._loop._remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop._remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            _sock_close(self._sock_fd)
            self._sock = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None


class Server:
    __module__ = "asyncio.base_events"

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            self._loop._add_reader(sock._fd, _accept_connection, self._loop, self._protocol_factory,
                                   sock, self, self._backlog)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    def _get_sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    sockets = property(_get_sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop._remove_reader(sock._fd)
            _sock_close(sock._fd)
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


def _accept_connection(loop, protocol_factory, sock, server, backlog):
    for _ in range(backlog):
        try:
            got = _sock_accept(sock._fd)
        except (ConnectionAbortedError, InterruptedError):
            return
        if got is None:
            return
        conn, addr = got
        extra = {'peername': addr}
        loop.create_task(_accept_connection2(loop, protocol_factory, conn, sock.family, extra, server))


async def _accept_connection2(loop, protocol_factory, conn, family, extra, server):
    try:
        protocol = protocol_factory()
        waiter = loop.create_future()
        transport = _SelectorSocketTransport(loop, conn, family, protocol, waiter, extra, server)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException:
        pass


async def _ensure_resolved(host, port):
    return [(host, port)]


def _loop_sock_connect_cb(fut, fd, address):
    if fut.done():
        return
    try:
        if not _sock_connect_result(fd, address):
            return
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(None)


async def _loop_create_connection(self, protocol_factory, host=None, port=None, **kwds):
    if host is None and port is None:
        raise ValueError('host and port was not specified and no sock specified')
    infos = await _ensure_resolved(host, port)
    host, port = infos[0]
    fd, family, pending = _sock_connect(host, port)
    address = _sock_peer(fd) if not pending else (('::1', port, 0, 0) if family == 10 else ('127.0.0.1', port))
    try:
        if pending:
            fut = self.create_future()
            handle = self._add_writer(fd, _loop_sock_connect_cb, fut, fd, address)
            fut.add_done_callback(lambda f: self._remove_writer(fd))
            await fut
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _SelectorSocketTransport(self, fd, family, protocol, waiter)
    except BaseException:
        _sock_close(fd)
        raise
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


async def _loop_create_server(self, protocol_factory, host=None, port=None, *, backlog=100,
                              start_serving=True, **kwds):
    if host == '':
        host = None
    infos = await gather(_ensure_resolved(host, port))
    fd, family = _sock_listen(host, port, backlog)
    server = Server(self, [TransportSocket(fd, family)], protocol_factory, backlog)
    if start_serving:
        server._start_serving()
        await sleep(0)
    return server


BaseEventLoop.create_connection = _loop_create_connection
BaseEventLoop.create_server = _loop_create_server


# ---- protocols.py: the callbacks a transport makes, all no-ops here ----

class BaseProtocol:
    __module__ = "asyncio.protocols"

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    __module__ = "asyncio.protocols"

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


class BufferedProtocol(BaseProtocol):
    __module__ = "asyncio.protocols"

    def get_buffer(self, sizehint):
        pass

    def buffer_updated(self, nbytes):
        pass

    def eof_received(self):
        pass


class DatagramProtocol(BaseProtocol):
    __module__ = "asyncio.protocols"

    def datagram_received(self, data, addr):
        pass

    def error_received(self, exc):
        pass


class SubprocessProtocol(BaseProtocol):
    __module__ = "asyncio.protocols"

    def pipe_data_received(self, fd, data):
        pass

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass


# ---- streams.py ----

async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_connection(lambda: protocol, host, port, **kwds)
    writer = StreamWriter(transport, protocol, reader, loop)
    return reader, writer


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()

    def factory():
        reader = StreamReader(limit=limit, loop=loop)
        return StreamReaderProtocol(reader, client_connected_cb, loop=loop)

    return await loop.create_server(factory, host, port, **kwds)


class FlowControlMixin:
    __module__ = "asyncio.streams"

    def __init__(self, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._paused = False
        self._drain_waiters = []
        self._connection_lost = False

    def pause_writing(self):
        self._paused = True

    def resume_writing(self):
        self._paused = False
        for waiter in self._drain_waiters:
            if not waiter.done():
                waiter.set_result(None)

    def connection_lost(self, exc):
        self._connection_lost = True
        if not self._paused:
            return
        for waiter in self._drain_waiters:
            if not waiter.done():
                if exc is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if not self._paused:
            return
        waiter = self._loop.create_future()
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            self._drain_waiters.remove(waiter)


def _client_cb_done(protocol, transport, task):
    exc = task.exception()
    if exc is not None:
        protocol._loop.call_exception_handler({'message': 'Unhandled exception in client_connected_cb',
                                               'exception': exc, 'transport': transport})
        transport.close()


class StreamReaderProtocol(FlowControlMixin):
    __module__ = "asyncio.streams"

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)
        self._stream_reader = stream_reader
        self._stream_writer = None
        self._task = None
        self._transport = None
        self._client_connected_cb = client_connected_cb
        self._closed = self._loop.create_future()

    def connection_made(self, transport):
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        if self._client_connected_cb is not None:
            self._stream_writer = StreamWriter(transport, self, reader, self._loop)
            res = self._client_connected_cb(reader, self._stream_writer)
            if iscoroutine(res):
                self._task = self._loop.create_task(res)
                protocol = self
                self._task.add_done_callback(lambda task: _client_cb_done(protocol, transport, task))

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if not self._closed.done():
            if exc is None:
                self._closed.set_result(None)
            else:
                self._closed.set_exception(exc)
                self._closed._set_log_traceback(False)
        super().connection_lost(exc)
        self._stream_reader = None
        self._stream_writer = None
        self._task = None
        self._transport = None

    def data_received(self, data):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_data(data)

    def eof_received(self):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_eof()
        return True

    def _get_close_waiter(self, stream):
        return self._closed


class StreamWriter:
    __module__ = "asyncio.streams"

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop
        self._complete_fut = self._loop.create_future()
        self._complete_fut.set_result(None)

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    def _get_transport(self):
        return self._transport

    transport = property(_get_transport)

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        if self._transport.is_closing():
            await sleep(0)
        await self._protocol._drain_helper()


class StreamReader:
    __module__ = "asyncio.streams"

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = get_event_loop() if loop is None else loop
        self._buffer = b''
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        if self._transport:
            info.append(f'transport={self._transport!r}')
        if self._paused:
            info.append('paused')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def set_transport(self, transport):
        self._transport = transport

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        if not data:
            return
        self._buffer = self._buffer + data
        self._wakeup_waiter()
        if self._transport is not None and not self._paused and len(self._buffer) > 2 * self._limit:
            self._transport.pause_reading()
            self._paused = True

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(f'{func_name}() called while another coroutine is '
                               f'already waiting for incoming data')
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        sep = b'\n'
        seplen = len(sep)
        try:
            line = await self.readuntil(sep)
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._buffer[e.consumed:].startswith(sep):
                self._buffer = self._buffer[e.consumed + seplen:]
            else:
                self._buffer = b''
            self._maybe_resume_transport()
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b'\n'):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                isep = self._buffer.find(separator, offset)
                if isep != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise LimitOverrunError('Separator is not found, and chunk exceed the limit', offset)
            if self._eof:
                chunk = self._buffer
                self._buffer = b''
                raise IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil')
        if isep > self._limit:
            raise LimitOverrunError('Separator is found, but chunk is longer than limit', isep)
        chunk = self._buffer[:isep + seplen]
        self._buffer = self._buffer[isep + seplen:]
        self._maybe_resume_transport()
        return chunk

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b''.join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        data = self._buffer[:n]
        self._buffer = self._buffer[n:]
        self._maybe_resume_transport()
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                incomplete = self._buffer
                self._buffer = b''
                raise IncompleteReadError(incomplete, n)
            await self._wait_for_data('readexactly')
        data = self._buffer[:n]
        self._buffer = self._buffer[n:]
        self._maybe_resume_transport()
        return data
