/* generic.c - list[int] and int | None: CPython's types.GenericAlias and
 * types.UnionType, enough for type hints written as expressions and for
 * isinstance(x, int | str). An alias holds (origin, args); a union holds its
 * members, flattened and without repeats. */
#include <string.h>

#include "py/ast.h"
#include "py/vm.h"

typedef struct alias { py_val origin, args; } alias;  /* args: a tuple (a union: origin unused) */

static py_type *t_alias(py_vm *vm) { return vm->t_alias; }
static py_type *t_union(py_vm *vm) { return vm->t_union; }

bool py_is_union(py_vm *vm, py_val v) { return is_kind(v, K_NOBJ) && v.u.o->type == t_union(vm); }
bool py_is_generic_alias(py_vm *vm, py_val v) { return is_kind(v, K_NOBJ) && v.u.o->type == t_alias(vm); }
static alias *data(py_val v) { return (alias *)py_native_data(v); }

static py_val new_obj(py_vm *vm, py_type *t, py_val origin, py_val args)
{
    py_tmp_push(vm, origin);
    py_tmp_push(vm, args);
    py_nobj *o = py_alloc_obj(vm, sizeof(py_nobj) + sizeof(alias), K_NOBJ, t);
    alias *a = (alias *)o->data;
    a->origin = origin;
    a->args = args;
    return py_obj_val(o);
}

/* _Py_typing_type_repr: a class by its (module-qualified) name, ... for Ellipsis. */
static int type_repr(py_vm *vm, sbuf *b, py_val v)
{
    if (v.tag == V_OBJ && v.u.o == vm->ellipsis.u.o) { sbuf_adds(b, "..."); return 0; }
    if (is_kind(v, K_TYPE)) {
        py_type *t = AS_TYPE(v);
        if (t == vm->t_nonetype) { sbuf_adds(b, "None"); return 0; }
        py_val mod = t->dict ? dict_get_str(t->dict, vm->s_module) : undef_val();
        py_val qn = t->dict ? dict_get_str(t->dict, vm->s_qualname) : undef_val();
        if (is_kind(mod, K_STR) && strcmp(AS_STR(mod)->data, "builtins") != 0) sbuf_printf(b, "%s.", AS_STR(mod)->data);
        sbuf_adds(b, is_kind(qn, K_STR) ? AS_STR(qn)->data : t->name->data);
        return 0;
    }
    py_val r = py_repr(vm, v);
    if (py_is_err(r)) return -1;
    sbuf_add(b, AS_STR(r)->data, (size_t)AS_STR(r)->len);
    return 0;
}

static py_val alias_repr(py_vm *vm, py_val self)
{
    alias *a = data(self);
    sbuf b = {0};
    bool is_union = py_is_union(vm, self);
    if (!is_union) {
        if (type_repr(vm, &b, a->origin) < 0) goto fail;
        sbuf_addc(&b, '[');
    }
    py_tuple *args = AS_TUPLE(a->args);
    if (!is_union && args->len == 0) sbuf_adds(&b, "()");
    for (int64_t i = 0; i < args->len; i++) {
        if (i) sbuf_adds(&b, is_union ? " | " : ", ");
        if (type_repr(vm, &b, args->items[i]) < 0) goto fail;
    }
    if (!is_union) sbuf_addc(&b, ']');
    return str_from_sbuf(vm, &b);
fail:
    sbuf_free(&b);
    return py_err();
}

static void alias_mark(py_vm *vm, void *d)
{
    alias *a = d;
    py_gc_mark(vm, a->origin);
    py_gc_mark(vm, a->args);
}

/* cls[args] for the classes that take it (list, dict, tuple, set, frozenset, type,
 * enumerate, the exception groups, asyncio's Queue/Future/Task); NULL-undef if cls
 * does not. */
py_val py_class_getitem(py_vm *vm, py_type *t, py_val key)
{
    static const char *const ok[] = {"list", "dict", "tuple", "set", "frozenset", "type", "enumerate",
                                     "BaseExceptionGroup", "ExceptionGroup", "Queue", "PriorityQueue", "LifoQueue",
                                     "Future", "Task"};
    py_val mod = t->dict ? dict_get_str(t->dict, vm->s_module) : undef_val();
    bool ours = (t->flags & TF_BUILTIN) || t->inst_kind == K_NOBJ || (is_kind(mod, K_STR) && strncmp(AS_STR(mod)->data, "asyncio.", 8) == 0);
    bool takes = false;
    for (size_t i = 0; i < LL_ARRAY_LEN(ok) && ours; i++) takes |= strcmp(t->name->data, ok[i]) == 0;
    if (!takes) return raise_type(vm, vm->e_type, "type '%s' is not subscriptable", t->name->data);
    py_val args = key;
    if (!is_kind(key, K_TUPLE)) args = py_obj_val(py_tuple_new(vm, 1, &key).u.o);
    return new_obj(vm, t_alias(vm), py_obj_val(t), args);
}

static bool union_arg(py_vm *vm, py_val v)
{
    return v.tag == V_NONE || (is_kind(v, K_TYPE)) || py_is_generic_alias(vm, v) || py_is_union(vm, v);
}

static void union_add(py_vm *vm, py_list *l, py_val v)
{
    if (v.tag == V_NONE) v = py_obj_val(vm->t_nonetype);
    if (py_is_union(vm, v)) {
        py_tuple *m = AS_TUPLE(data(v)->args);
        for (int64_t i = 0; i < m->len; i++) union_add(vm, l, m->items[i]);
        return;
    }
    for (int64_t i = 0; i < l->len; i++)
        if (l->items[i].tag == v.tag && l->items[i].u.o == v.u.o) return;
    list_push(vm, l, v);
}

/* a | b for types, None, aliases and unions: a union (or the one type when they are
 * the same); undef when they are not all union members (then: the usual TypeError). */
py_val py_union_or(py_vm *vm, py_val a, py_val b)
{
    if (!union_arg(vm, a) || !union_arg(vm, b) || (a.tag == V_NONE && b.tag == V_NONE)) return undef_val();
    if (!is_kind(a, K_TYPE) && !is_kind(b, K_TYPE) && !py_is_union(vm, a) && !py_is_union(vm, b) &&
        !py_is_generic_alias(vm, a) && !py_is_generic_alias(vm, b))
        return undef_val();
    py_list *l = list_new(vm, 0);
    py_tmp_push(vm, py_obj_val(l));
    union_add(vm, l, a);
    union_add(vm, l, b);
    if (l->len == 1) return l->items[0];
    return new_obj(vm, t_union(vm), py_none(), py_obj_val(py_tuple_new(vm, (int)l->len, l->items).u.o));
}

/* The members of a union, for isinstance/issubclass; NULL if v is not one. */
py_tuple *py_union_members(py_vm *vm, py_val v)
{
    return py_is_union(vm, v) ? AS_TUPLE(data(v)->args) : NULL;
}

static py_val ga_origin(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)vm; (void)n; (void)kw; return data(a[0])->origin; }
static py_val ga_args(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)vm; (void)n; (void)kw; return data(a[0])->args; }

static py_val ga_call(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    return vm_call(vm, data(args[0])->origin, args + 1, nargs - 1, kw);
}

static void getter(py_vm *vm, py_type *t, const char *name, py_native_fn fn)
{
    py_prop *p = py_alloc_obj(vm, sizeof(py_prop), K_PROP, vm->t_prop);
    p->fget = py_native_new(vm, name, fn);
    dict_set_str(vm, t->dict, str_intern_c(vm, name), py_obj_val(p));
}

void generic_init(py_vm *vm)
{
    py_type *ga = type_new(vm, "GenericAlias", vm->t_object, K_NOBJ);
    py_type *un = type_new(vm, "UnionType", vm->t_object, K_NOBJ);
    py_type *ts[2] = {ga, un};
    for (int i = 0; i < 2; i++) {
        ts[i]->flags |= TF_BUILTIN;
        ts[i]->native_size = sizeof(alias);
        ts[i]->mark = alias_mark;
        ts[i]->repr = alias_repr;
        getter(vm, ts[i], "__args__", ga_args);
    }
    getter(vm, ga, "__origin__", ga_origin);
    py_type_add_method(vm, ga, "__call__", ga_call);
    vm->t_alias = ga;
    vm->t_union = un;
}
