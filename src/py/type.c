/* type.c - classes and attributes: type objects, attribute lookup along the single
 * inheritance chain, bound methods, instance creation (type calls), class statements,
 * super(), property/staticmethod/classmethod, and native types for aio. */
#include <stdio.h>
#include <stdlib.h>

#include "py/vm.h"

py_type *type_new(py_vm *vm, const char *name, py_type *base, int inst_kind)
{
    py_type *t = py_alloc_obj(vm, sizeof(py_type), K_TYPE, vm->t_type);
    t->name = str_intern_c(vm, name);
    t->base = base;
    t->dict = dict_new(vm);
    t->inst_kind = (uint8_t)inst_kind;
    if (base) {
        t->flags = base->flags & (TF_EXC | TF_BASEGROUP);
        t->native_size = base->native_size;
        if (base->inst_kind == K_NOBJ) t->inst_kind = K_NOBJ;
    }
    return t;
}

py_val super_getattr(py_vm *vm, py_val proxy, py_str *name);

py_val type_lookup(py_type *t, py_str *name)
{
    for (; t; t = t->base) {
        py_val v = dict_get_str(t->dict, name);
        if (v.tag != V_UNDEF) return v;
    }
    return undef_val();
}

bool type_is_sub(py_type *t, py_type *base)
{
    if ((base->flags & TF_GROUPROOT) && (t->flags & TF_BASEGROUP)) return true;
    for (; t; t = t->base) if (t == base) return true;
    return false;
}

static py_val object_init_noop(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)args; (void)nargs; (void)kw;
    return py_none();
}

py_val py_type_val(py_type *t) { return py_obj_val(t); }

static py_val bind(py_vm *vm, py_val attr, py_val self, py_type *owner)
{
    if (is_kind(attr, K_FUNC)) {
        py_bound *b = py_alloc_obj(vm, sizeof(py_bound), K_BOUND, vm->t_method);
        b->self = self;
        b->func = attr;
        return py_obj_val(b);
    }
    if (is_kind(attr, K_NATIVE) && ((py_native *)attr.u.o)->owner && ((py_native *)attr.u.o)->self.tag == V_UNDEF) {
        py_native *n = (py_native *)attr.u.o;
        py_native *m = py_alloc_obj(vm, sizeof(py_native), K_NATIVE, vm->t_builtin);
        m->name = n->name;
        m->fn = n->fn;
        m->owner = n->owner;
        m->self = self;
        return py_obj_val(m);
    }
    if (is_kind(attr, K_PROP)) {
        py_prop *p = (py_prop *)attr.u.o;
        if (p->kind == 0) return vm_call(vm, p->fget, &self, 1, NULL);
        if (p->kind == 1) return p->fget;
        py_bound *b = py_alloc_obj(vm, sizeof(py_bound), K_BOUND, vm->t_method);
        b->self = py_obj_val(owner);
        b->func = p->fget;
        return py_obj_val(b);
    }
    return attr;
}

static py_val attr_error(py_vm *vm, py_val o, py_str *name)
{
    if (is_kind(o, K_MODULE))
        return raise_type(vm, vm->e_attr, "module '%s' has no attribute '%s'", ((py_module *)o.u.o)->name->data, name->data);
    if (is_kind(o, K_TYPE))
        return raise_type(vm, vm->e_attr, "type object '%s' has no attribute '%s'", AS_TYPE(o)->name->data, name->data);
    return raise_type(vm, vm->e_attr, "'%s' object has no attribute '%s'", py_type_name(vm, o), name->data);
}

/* Attributes every exception instance has, computed from its C fields. */
static py_val exc_attr(py_vm *vm, py_inst *e, py_str *name, bool *found)
{
    *found = true;
    const char *n = name->data;
    if (strcmp(n, "args") == 0) return e->args.tag == V_UNDEF ? py_obj_val(tuple_new(vm, 0)) : e->args;
    if (strcmp(n, "__cause__") == 0) return e->cause.tag == V_UNDEF ? py_none() : e->cause;
    if (strcmp(n, "__context__") == 0) return e->context.tag == V_UNDEF ? py_none() : e->context;
    if (strcmp(n, "__suppress_context__") == 0) return py_bool(e->suppress_context);
    if (strcmp(n, "__traceback__") == 0) return e->tb.tag == V_UNDEF ? py_none() : e->tb;
    if (strcmp(n, "__notes__") == 0 && e->notes.tag != V_UNDEF) return e->notes;
    if (e->hdr.type->flags & TF_BASEGROUP) {
        if (strcmp(n, "exceptions") == 0) return e->eg_excs;
        if (strcmp(n, "message") == 0) return e->eg_msg;
    }
    if (type_is_sub(e->hdr.type, vm->e_stopiter) && strcmp(n, "value") == 0)
        return is_kind(e->args, K_TUPLE) && AS_TUPLE(e->args)->len ? AS_TUPLE(e->args)->items[0] : py_none();
    if (type_is_sub(e->hdr.type, vm->e_oserror)) {
        static const char *const os_fields[] = {"errno", "strerror", "filename", "filename2"};
        for (int i = 0; i < 4; i++)
            if (strcmp(n, os_fields[i]) == 0) return is_kind(e->eg_msg, K_TUPLE) ? AS_TUPLE(e->eg_msg)->items[i] : py_none();
    }
    if (type_is_sub(e->hdr.type, vm->e_attr) && (strcmp(n, "name") == 0 || strcmp(n, "obj") == 0)) {
        py_val v = n[0] == 'n' ? e->eg_msg : e->eg_excs;
        return v.tag == V_UNDEF ? py_none() : v;
    }
    if (type_is_sub(e->hdr.type, vm->e_name) && strcmp(n, "name") == 0) return e->eg_msg.tag == V_UNDEF ? py_none() : e->eg_msg;
    if (type_is_sub(e->hdr.type, vm->e_sysexit) && strcmp(n, "code") == 0)
        return is_kind(e->args, K_TUPLE) && AS_TUPLE(e->args)->len ? AS_TUPLE(e->args)->items[0] : py_none();
    *found = false;
    return undef_val();
}

static py_val getattr_str(py_vm *vm, py_val o, py_str *name);

/* As CPython's PyObject_GetAttr: an AttributeError out of the lookup learns the
 * name and the object (AttributeError.name/.obj), for "Did you mean" later. */
py_val py_getattr_str(py_vm *vm, py_val o, py_str *name)
{
    py_val r = getattr_str(vm, o, name);
    if (py_is_err(r) && is_kind(vm->exc, K_INST) && type_is_sub(vm->exc.u.o->type, vm->e_attr)) {
        py_inst *e = AS_INST(vm->exc);
        if (e->eg_msg.tag == V_UNDEF && e->eg_excs.tag == V_UNDEF) {
            e->eg_msg = py_obj_val(name);
            e->eg_excs = o;
        }
    }
    return r;
}

static py_val getattr_str(py_vm *vm, py_val o, py_str *name)
{
    py_type *t = py_type_of(vm, o);
    if (o.tag == V_OBJ) {
        py_obj *obj = o.u.o;
        switch (obj->kind) {
        case K_INST: case K_NOBJ: {
            if (t == vm->t_super) return super_getattr(vm, o, name);
            py_val cls_attr = type_lookup(t, name);
            if (is_kind(cls_attr, K_PROP) && ((py_prop *)cls_attr.u.o)->kind == 0) {
                if (((py_prop *)cls_attr.u.o)->fget.tag == V_UNDEF)
                    return raise_type(vm, vm->e_attr, "property '%s' of '%s' object has no getter", name->data, t->name->data);
                py_val r = bind(vm, cls_attr, o, t);
                if (py_is_err(r) && !(t->flags & TF_BUILTIN) && exc_matches(vm, vm->exc, vm->e_attr)) {
                    py_val hook = type_lookup(t, vm->s_getattr);
                    if (is_kind(hook, K_FUNC)) {  /* a property's AttributeError falls back on __getattr__ */
                        py_exc_take(vm);
                        py_val args[2] = {o, py_obj_val(name)};
                        return vm_call(vm, hook, args, 2, NULL);
                    }
                }
                return r;
            }
            py_dict *attrs = obj->kind == K_INST ? ((py_inst *)obj)->attrs : ((py_nobj *)obj)->attrs;
            if (attrs) {
                py_val v = dict_get_str(attrs, name);
                if (v.tag != V_UNDEF) return v;
            }
            if (obj->kind == K_INST && (t->flags & TF_EXC)) {
                bool found;
                py_val v = exc_attr(vm, (py_inst *)obj, name, &found);
                if (found) return v;
            }
            if (cls_attr.tag != V_UNDEF) return bind(vm, cls_attr, o, t);
            if (name == vm->s_class) return py_obj_val(t);
            if (name == vm->s_dict && !(t->flags & TF_SLOTS)) {  /* made on first use */
                if (!attrs) {
                    attrs = dict_new(vm);
                    if (obj->kind == K_INST) ((py_inst *)obj)->attrs = attrs;
                    else ((py_nobj *)obj)->attrs = attrs;
                }
                return py_obj_val(attrs);
            }
            py_val dunder = py_builtin_dunder(vm, t, name);
            if (dunder.tag != V_UNDEF) return bind(vm, dunder, o, t);
            if (!(t->flags & TF_BUILTIN)) {
                py_val hook = type_lookup(t, vm->s_getattr);
                if (is_kind(hook, K_FUNC)) {  /* __getattr__: only for what is not found */
                    py_val args[2] = {o, py_obj_val(name)};
                    return vm_call(vm, hook, args, 2, NULL);
                }
            }
            return attr_error(vm, o, name);
        }
        case K_MODULE: {
            py_val v = dict_get_str(((py_module *)obj)->dict, name);
            if (v.tag != V_UNDEF) return v;
            return attr_error(vm, o, name);
        }
        case K_TYPE: {
            py_type *self = (py_type *)obj;
            py_val v = type_lookup(self, name);
            if (v.tag != V_UNDEF) {
                if (is_kind(v, K_PROP)) {
                    py_prop *p = (py_prop *)v.u.o;
                    if (p->kind == 1) return p->fget;
                    if (p->kind == 2) return bind(vm, v, o, self);
                }
                return v;
            }
            if (name == vm->s_name) return py_obj_val(self->name);
            if (name == vm->s_qualname) return py_obj_val(self->name);
            if (name == vm->s_module && (self->flags & TF_BUILTIN)) return py_str_new(vm, "builtins", 8);
            /* ExceptionGroup's bases are (BaseExceptionGroup, Exception); here its base is
             * Exception and group-ness is a flag, so those two are shown as CPython has them */
            if (strcmp(name->data, "__base__") == 0)
                return self == vm->e_group ? py_obj_val(vm->e_basegroup) : self->base ? py_obj_val(self->base) : py_none();
            if (strcmp(name->data, "__bases__") == 0) {
                int n = self == vm->e_group ? 2 : self->base ? 1 : 0;
                py_tuple *tt = tuple_new(vm, n);
                if (self == vm->e_group) tt->items[0] = py_obj_val(vm->e_basegroup);
                if (n) tt->items[n - 1] = py_obj_val(self->base);
                return py_obj_val(tt);
            }
            if (strcmp(name->data, "__mro__") == 0) {
                int n = 0;
                for (py_type *x = self; x; x = x->base) n += 1 + (x == vm->e_group);
                py_tuple *tt = tuple_new(vm, n);
                n = 0;
                for (py_type *x = self; x; x = x->base) {
                    tt->items[n++] = py_obj_val(x);
                    if (x == vm->e_group) tt->items[n++] = py_obj_val(vm->e_basegroup);
                }
                return py_obj_val(tt);
            }
            if (name == vm->s_class) return py_obj_val(vm->t_type);
            if (name == vm->s_dict) return py_obj_val(self->dict);
            v = py_builtin_dunder(vm, self, name);  /* int.__add__, object.__repr__: unbound */
            if (v.tag != V_UNDEF) return v;
            v = type_lookup(vm->t_type, name);
            if (v.tag != V_UNDEF) return bind(vm, v, o, vm->t_type);
            return attr_error(vm, o, name);
        }
        case K_FUNC: {
            py_func *f = (py_func *)obj;
            if (f->attrs && (name == vm->s_name || name == vm->s_qualname || name == vm->s_module)) {
                py_val v = dict_get_str(f->attrs, name);  /* functools.wraps-style renaming */
                if (v.tag != V_UNDEF) return v;
            }
            if (name == vm->s_name) return py_obj_val(f->code->name);
            if (name == vm->s_qualname) return py_obj_val(f->code->qualname);
            if (name == vm->s_doc) return f->doc;
            if (name == vm->s_module) return py_obj_val(vm->s_main);
            if (strcmp(name->data, "__defaults__") == 0)
                return f->defaults && f->defaults->len ? py_obj_val(f->defaults) : py_none();
            if (strcmp(name->data, "__kwdefaults__") == 0)
                return f->kwdefaults && f->kwdefaults->count ? py_obj_val(f->kwdefaults) : py_none();
            if (f->attrs) {
                py_val v = dict_get_str(f->attrs, name);
                if (v.tag != V_UNDEF) return v;
            }
            break;
        }
        case K_NATIVE:
            if (name == vm->s_name || name == vm->s_qualname) return py_obj_val(str_intern_c(vm, ((py_native *)obj)->name));
            break;
        case K_BOUND:
            if (strcmp(name->data, "__self__") == 0) return ((py_bound *)obj)->self;
            if (strcmp(name->data, "__func__") == 0) return ((py_bound *)obj)->func;
            return py_getattr_str(vm, ((py_bound *)obj)->func, name);
        case K_CORO:
            if (name == vm->s_name) return py_obj_val(((py_coro *)obj)->func->code->name);
            if (name == vm->s_qualname) return py_obj_val(((py_coro *)obj)->func->code->qualname);
            break;
        default: break;
        }
    }
    if (name == vm->s_class) return py_obj_val(t);
    py_val v = type_lookup(t, name);
    if (v.tag != V_UNDEF) return bind(vm, v, o, t);
    v = py_builtin_dunder(vm, t, name);
    if (v.tag != V_UNDEF) return bind(vm, v, o, t);
    return attr_error(vm, o, name);
}

py_val py_getattr(py_vm *vm, py_val obj, const char *name)
{
    return py_getattr_str(vm, obj, str_intern_c(vm, name));
}

/* A class's own __setattr__ / __delattr__, if it defines one. */
static py_val attr_hook(py_vm *vm, py_val o, const char *hook)
{
    if (!is_kind(o, K_INST) && !is_kind(o, K_NOBJ)) return undef_val();
    py_type *t = o.u.o->type;
    if (t->flags & TF_BUILTIN) return undef_val();
    py_val f = type_lookup(t, str_intern_c(vm, hook));
    return is_kind(f, K_FUNC) ? f : undef_val();
}

static int object_setattr(py_vm *vm, py_val o, py_str *name, py_val v);
static int object_delattr(py_vm *vm, py_val o, py_str *name);

/* A property of a class: its setter or deleter runs (fn: fset or fdel), or the
 * error for the missing one. 1 if it was a property, 0 if not, -1 on error. */
static int property_store(py_vm *vm, py_val o, py_str *name, py_val *v)
{
    if (!is_kind(o, K_INST) && !is_kind(o, K_NOBJ)) return 0;
    py_type *t = o.u.o->type;
    if (t->flags & TF_BUILTIN) return 0;
    py_val d = type_lookup(t, name);
    if (!is_kind(d, K_PROP) || ((py_prop *)d.u.o)->kind != 0 || is_kind(((py_prop *)d.u.o)->fget, K_NATIVE)) return 0;
    py_prop *p = (py_prop *)d.u.o;
    py_val fn = v ? p->fset : p->fdel;
    if (fn.tag == V_UNDEF) {
        raise_type(vm, vm->e_attr, "property '%s' of '%s' object has no %s", name->data, t->name->data, v ? "setter" : "deleter");
        return -1;
    }
    py_val args[2] = {o, v ? *v : undef_val()};
    py_val r = vm_call(vm, fn, args, v ? 2 : 1, NULL);
    return py_is_err(r) ? -1 : 1;
}

int py_setattr_str(py_vm *vm, py_val o, py_str *name, py_val v)
{
    py_val hook = attr_hook(vm, o, "__setattr__");
    if (hook.tag == V_UNDEF) return object_setattr(vm, o, name, v);
    py_val args[3] = {o, py_obj_val(name), v};
    py_val r = vm_call(vm, hook, args, 3, NULL);
    return py_is_err(r) ? -1 : 0;
}

int py_delattr_str(py_vm *vm, py_val o, py_str *name)
{
    py_val hook = attr_hook(vm, o, "__delattr__");
    if (hook.tag == V_UNDEF) return object_delattr(vm, o, name);
    py_val args[2] = {o, py_obj_val(name)};
    py_val r = vm_call(vm, hook, args, 2, NULL);
    return py_is_err(r) ? -1 : 0;
}

/* object.__setattr__, object.__delattr__, object.__getattribute__: the generic
 * behaviour, for a class's hooks to call (super().__setattr__(name, value)). */
static py_str *attr_name_arg(py_vm *vm, const char *fn, py_val *args, int nargs, int want)
{
    if (nargs != want) {
        raise_type(vm, vm->e_type, "expected %d argument%s, got %d", want - 1, want == 2 ? "" : "s", nargs - 1);
        return NULL;
    }
    if (!is_kind(args[1], K_STR)) {
        raise_type(vm, vm->e_type, "attribute name must be string, not '%s'", py_type_name(vm, args[1]));
        return NULL;
    }
    (void)fn;
    return str_intern(vm, AS_STR(args[1])->data, (size_t)AS_STR(args[1])->len);
}

static py_val obj_setattr_native(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    py_str *n = attr_name_arg(vm, "__setattr__", args, nargs, 3);
    if (!n) return py_err();
    return object_setattr(vm, args[0], n, args[2]) < 0 ? py_err() : py_none();
}

static py_val obj_delattr_native(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    py_str *n = attr_name_arg(vm, "__delattr__", args, nargs, 2);
    if (!n) return py_err();
    return object_delattr(vm, args[0], n) < 0 ? py_err() : py_none();
}

static py_val obj_getattribute_native(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    py_str *n = attr_name_arg(vm, "__getattribute__", args, nargs, 2);
    if (!n) return py_err();
    return py_getattr_str(vm, args[0], n);
}

void type_init_object_attr_methods(py_vm *vm)
{
    py_type_add_method(vm, vm->t_object, "__setattr__", obj_setattr_native);
    py_type_add_method(vm, vm->t_object, "__delattr__", obj_delattr_native);
    py_type_add_method(vm, vm->t_object, "__getattribute__", obj_getattribute_native);
}

/* The names in a __slots__ value: a str is one name, else a list or tuple of them. */
static bool slots_have(py_val slots, py_str *name)
{
    if (is_kind(slots, K_STR)) return str_eq(AS_STR(slots), name);
    py_val *items = NULL;
    int64_t n = 0;
    if (is_kind(slots, K_TUPLE)) items = AS_TUPLE(slots)->items, n = AS_TUPLE(slots)->len;
    else if (is_kind(slots, K_LIST)) items = AS_LIST(slots)->items, n = AS_LIST(slots)->len;
    for (int64_t i = 0; i < n; i++)
        if (is_kind(items[i], K_STR) && str_eq(AS_STR(items[i]), name)) return true;
    return false;
}

bool type_slot_allowed(py_vm *vm, py_type *t, py_str *name)
{
    py_str *key = str_intern_c(vm, "__slots__");
    for (; t && !(t->flags & TF_BUILTIN); t = t->base)
        if (slots_have(dict_get_str(t->dict, key), name)) return true;
    return false;
}

static int object_setattr(py_vm *vm, py_val o, py_str *name, py_val v)
{
    int pr = property_store(vm, o, name, &v);  /* a data descriptor wins over the instance dict */
    if (pr) return pr < 0 ? -1 : 0;
    if (o.tag == V_OBJ) {
        py_obj *obj = o.u.o;
        switch (obj->kind) {
        case K_INST: {
            py_inst *x = (py_inst *)obj;
            if ((obj->type->flags & TF_SLOTS) && !type_slot_allowed(vm, obj->type, name)) {
                if (type_lookup(obj->type, name).tag != V_UNDEF)
                    raise_type(vm, vm->e_attr, "'%s' object attribute '%s' is read-only", obj->type->name->data, name->data);
                else
                    raise_type(vm, vm->e_attr, "'%s' object has no attribute '%s'", obj->type->name->data, name->data);
                return -1;
            }
            if (obj->type->flags & TF_EXC) {
                const char *n = name->data;
                if (strcmp(n, "__cause__") == 0) { x->cause = v; x->suppress_context = true; return 0; }
                if (strcmp(n, "__context__") == 0) { x->context = v; return 0; }
                if (strcmp(n, "__suppress_context__") == 0) { x->suppress_context = py_truthy(vm, v); return 0; }
                if (strcmp(n, "args") == 0) { x->args = seq_to_tuple(vm, v); return py_is_err(x->args) ? -1 : 0; }
                if (strcmp(n, "__notes__") == 0) { x->notes = v; return 0; }
                bool attr_err = type_is_sub(obj->type, vm->e_attr);
                if ((attr_err || type_is_sub(obj->type, vm->e_name)) && strcmp(n, "name") == 0) { x->eg_msg = v; return 0; }
                if (attr_err && strcmp(n, "obj") == 0) { x->eg_excs = v; return 0; }
                static const char *const os_fields[] = {"errno", "strerror", "filename", "filename2"};
                for (int i = 0; i < 4 && type_is_sub(obj->type, vm->e_oserror); i++) {
                    if (strcmp(n, os_fields[i]) != 0) continue;
                    py_tuple *info = tuple_new(vm, 4);
                    for (int j = 0; j < 4; j++)
                        info->items[j] = is_kind(x->eg_msg, K_TUPLE) ? AS_TUPLE(x->eg_msg)->items[j] : py_none();
                    info->items[i] = v;
                    x->eg_msg = py_obj_val(info);
                    return 0;
                }
            }
            if (!x->attrs) x->attrs = dict_new(vm);
            dict_set_str(vm, x->attrs, name, v);
            return 0;
        }
        case K_NOBJ: {
            py_nobj *x = (py_nobj *)obj;
            if (!x->attrs) x->attrs = dict_new(vm);
            dict_set_str(vm, x->attrs, name, v);
            return 0;
        }
        case K_TYPE:
            if (!(AS_TYPE(o)->flags & TF_BUILTIN)) { dict_set_str(vm, AS_TYPE(o)->dict, name, v); return 0; }
            raise_type(vm, vm->e_type, "cannot set '%s' attribute of immutable type '%s'", name->data, AS_TYPE(o)->name->data);
            return -1;
        case K_MODULE: dict_set_str(vm, ((py_module *)obj)->dict, name, v); return 0;
        case K_FUNC: {
            py_func *f = (py_func *)obj;
            if (name == vm->s_doc) { f->doc = v; return 0; }
            if ((name == vm->s_name || name == vm->s_qualname) && !is_kind(v, K_STR)) {
                raise_type(vm, vm->e_type, "%s must be set to a string object", name->data);
                return -1;
            }
            if (!f->attrs) f->attrs = dict_new(vm);
            dict_set_str(vm, f->attrs, name, v);
            return 0;
        }
        default: break;
        }
    }
    py_val has = type_lookup(py_type_of(vm, o), name);
    if (is_kind(has, K_PROP) && ((py_prop *)has.u.o)->kind == 0)  /* int.real: a getset descriptor of int */
        raise_type(vm, vm->e_attr, "attribute '%s' of '%s' objects is not writable", name->data,
                   o.tag == V_BOOL ? "int" : py_type_name(vm, o));
    else if (has.tag != V_UNDEF)
        raise_type(vm, vm->e_attr, "'%s' object attribute '%s' is read-only", py_type_name(vm, o), name->data);
    else
        raise_type(vm, vm->e_attr, "'%s' object has no attribute '%s'", py_type_name(vm, o), name->data);
    return -1;
}

int py_setattr(py_vm *vm, py_val obj, const char *name, py_val v)
{
    return py_setattr_str(vm, obj, str_intern_c(vm, name), v);
}

static int object_delattr(py_vm *vm, py_val o, py_str *name)
{
    int pr = property_store(vm, o, name, NULL);
    if (pr) return pr < 0 ? -1 : 0;
    py_dict *d = NULL;
    if (is_kind(o, K_INST)) d = AS_INST(o)->attrs;
    else if (is_kind(o, K_TYPE)) d = AS_TYPE(o)->dict;
    else if (is_kind(o, K_MODULE)) d = ((py_module *)o.u.o)->dict;
    if (d && dict_del(vm, d, py_obj_val(name)) == 1) return 0;
    if (is_kind(o, K_INST) && (o.u.o->type->flags & TF_SLOTS) && type_slot_allowed(vm, o.u.o->type, name)) {
        py_val n = py_obj_val(name);  /* an empty slot: CPython's message is the bare name */
        exc_set_pending(vm, exc_make(vm, vm->e_attr, &n, 1));
        return -1;
    }
    attr_error(vm, o, name);
    return -1;
}

/* ---------------- instance creation ---------------- */

static py_val inst_new(py_vm *vm, py_type *t, py_val *args, int nargs)
{
    if (t->inst_kind == K_NOBJ) {
        size_t size = 0;
        for (py_type *x = t; x; x = x->base) if (x->native_size) { size = x->native_size; break; }
        py_nobj *o = py_alloc_obj(vm, sizeof(py_nobj) + size, K_NOBJ, t);
        return py_obj_val(o);
    }
    py_inst *o = py_alloc_obj(vm, sizeof(py_inst), K_INST, t);
    o->args = o->cause = o->context = o->tb = o->notes = o->eg_msg = o->eg_excs = undef_val();
    if (t->flags & TF_EXC) {
        py_tuple *a = tuple_new(vm, nargs);
        for (int i = 0; i < nargs; i++) a->items[i] = args[i];
        o->args = py_obj_val(a);
        o->cause = o->context = py_none();
    }
    return py_obj_val(o);
}

/* type(x) / C(...): builtin constructors through t->call, classes through __init__. */
py_val type_call(py_vm *vm, py_type *t, py_val *args, int nargs, py_dict *kw)
{
    if (t == vm->t_type && nargs == 1 && (!kw || kw->count == 0)) return py_obj_val(py_type_of(vm, args[0]));
    py_type *b = t;
    while (b && !b->call && !(b->flags & TF_EXC) && b->inst_kind == K_INST && b != vm->t_object) b = b->base;
    if (b && b->call && b->inst_kind != K_INST && b->inst_kind != K_NOBJ) {
        if (b != t) return raise_type(vm, vm->e_type, "subclassing '%s' is not supported by looplab", b->name->data);
        return b->call(vm, args, nargs, kw);
    }
    if (t->flags & TF_BASEGROUP) {
        py_val init = type_lookup(t, vm->s_init);
        if (!is_kind(init, K_FUNC)) {
            if (nargs != 2) return raise_type(vm, vm->e_type, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", nargs);
            return exc_group_new(vm, t, args[0], args[1]);
        }
    }
    if (t == vm->e_oserror) t = exc_oserror_subclass(vm, t, args, nargs);
    py_val newf = type_lookup(t, vm->s_new);
    bool own_new = is_kind(newf, K_FUNC);
    py_val self;
    if (own_new) {  /* a class's __new__(cls, *args): __init__ follows only for an instance of it */
        py_val small[8], *all = nargs + 1 <= 8 ? small : xmalloc((size_t)(nargs + 1) * sizeof(py_val));
        all[0] = py_obj_val(t);
        for (int i = 0; i < nargs; i++) all[i + 1] = args[i];
        self = vm_call(vm, newf, all, nargs + 1, kw);
        if (all != small) free(all);
        if (py_is_err(self)) return self;
        if (!py_isinstance(vm, self, py_obj_val(t))) return self;
        py_tmp_push(vm, self);
    } else {
        self = inst_new(vm, t, args, nargs);
        if (t->flags & TF_EXC) exc_oserror_args(vm, AS_INST(self));
    }
    py_val init = type_lookup(t, vm->s_init);
    if (init.tag != V_UNDEF && !is_kind(init, K_NATIVE)) {
        py_val small[8], *all = nargs + 1 <= 8 ? small : xmalloc((size_t)(nargs + 1) * sizeof(py_val));
        all[0] = self;
        for (int i = 0; i < nargs; i++) all[i + 1] = args[i];
        py_val r = vm_call(vm, init, all, nargs + 1, kw);
        if (all != small) free(all);
        if (py_is_err(r)) return r;
        if (r.tag != V_NONE) return raise_type(vm, vm->e_type, "__init__() should return None, not '%s'", py_type_name(vm, r));
        return self;
    }
    if (is_kind(init, K_NATIVE)) {
        py_val small[8], *all = nargs + 1 <= 8 ? small : xmalloc((size_t)(nargs + 1) * sizeof(py_val));
        all[0] = self;
        for (int i = 0; i < nargs; i++) all[i + 1] = args[i];
        py_val r = ((py_native *)init.u.o)->fn(vm, all, nargs + 1, kw);
        if (all != small) free(all);
        if (py_is_err(r)) return r;
        return self;
    }
    if (!own_new && !(t->flags & TF_EXC) && (nargs > 0 || (kw && kw->count)))
        return raise_type(vm, vm->e_type, "%s() takes no arguments", t->name->data);
    return self;
}

/* object.__new__(cls, *args): a new instance of cls, as the default __new__ does. */
static py_val object_new_native(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    if (nargs < 1) return raise_type(vm, vm->e_type, "object.__new__(): not enough arguments");
    if (!is_kind(args[0], K_TYPE))
        return raise_type(vm, vm->e_type, "object.__new__(X): X is not a type object (%s)", py_type_name(vm, args[0]));
    py_type *t = AS_TYPE(args[0]);
    if ((t->flags & TF_BUILTIN) && t != vm->t_object && !(t->flags & TF_EXC))
        return raise_type(vm, vm->e_type, "object.__new__(%s) is not safe, use %s.__new__()", t->name->data, t->name->data);
    bool excess = nargs > 1 || (kw && kw->count);
    if (excess && !(t->flags & TF_EXC)) {
        if (is_kind(type_lookup(t, vm->s_new), K_FUNC))
            return raise_type(vm, vm->e_type, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (!is_kind(type_lookup(t, vm->s_init), K_FUNC)) return raise_type(vm, vm->e_type, "%s() takes no arguments", t->name->data);
    }
    return inst_new(vm, t, args + 1, nargs - 1);
}

void type_init_object_new(py_vm *vm)
{
    py_type_add_method(vm, vm->t_object, "__new__", object_new_native);
}

py_val vm_run_class_body(py_vm *vm, py_func *fn, py_dict *ns);

py_val build_class(py_vm *vm, py_val body, py_val name, py_val *bases, int nbases)
{
    py_type *base = vm->t_object;
    if (nbases == 1) {
        if (!is_kind(bases[0], K_TYPE)) return raise_type(vm, vm->e_type, "bases must be types");
        base = AS_TYPE(bases[0]);
        if ((base->flags & TF_BUILTIN) && !(base->flags & TF_EXC) && base != vm->t_object && base->inst_kind != K_NOBJ)
            return raise_type(vm, vm->e_type, "subclassing '%s' is not supported by looplab", base->name->data);
    }
    py_dict *ns = dict_new(vm);
    py_tmp_push(vm, py_obj_val(ns));  /* nothing else holds it once the body has run */
    py_val cell = vm_run_class_body(vm, AS_FUNC(body), ns);
    if (py_is_err(cell)) return cell;
    py_tmp_push(vm, cell);
    py_val slots = dict_get_str(ns, str_intern_c(vm, "__slots__"));
    if (slots.tag != V_UNDEF) {
        py_val *items = &slots;
        int64_t n = is_kind(slots, K_STR) ? 1 : 0;
        if (is_kind(slots, K_TUPLE)) items = AS_TUPLE(slots)->items, n = AS_TUPLE(slots)->len;
        else if (is_kind(slots, K_LIST)) items = AS_LIST(slots)->items, n = AS_LIST(slots)->len;
        for (int64_t i = 0; i < n; i++) {
            if (!is_kind(items[i], K_STR))
                return raise_type(vm, vm->e_type, "__slots__ items must be strings, not '%s'", py_type_name(vm, items[i]));
            if (dict_get_str(ns, AS_STR(items[i])).tag != V_UNDEF)
                return raise_type(vm, vm->e_value, "'%s' in __slots__ conflicts with class variable", AS_STR(items[i])->data);
        }
    }
    if (dict_get_str(ns, vm->s_eq).tag != V_UNDEF && dict_get_str(ns, vm->s_hash).tag == V_UNDEF)
        dict_set_str(vm, ns, vm->s_hash, py_none());  /* __eq__ without __hash__: unhashable, as CPython */
    py_type *t = type_new(vm, AS_STR(name)->data, base, base->inst_kind == K_NOBJ ? K_NOBJ : K_INST);
    t->dict = ns;
    if (slots.tag != V_UNDEF && (base == vm->t_object || (base->flags & TF_SLOTS)) && !slots_have(slots, vm->s_dict))
        t->flags |= TF_SLOTS;
    if (is_kind(cell, K_CELL)) ((py_cell *)cell.u.o)->v = py_obj_val(t);
    py_tmp_push(vm, py_obj_val(t));
    py_val hook = type_lookup(base, str_intern_c(vm, "__init_subclass__"));  /* an implicit classmethod */
    if (is_kind(hook, K_PROP) && ((py_prop *)hook.u.o)->kind == 2) hook = ((py_prop *)hook.u.o)->fget;
    if (is_kind(hook, K_FUNC)) {
        py_val cls = py_obj_val(t);
        py_val r = vm_call(vm, hook, &cls, 1, NULL);
        if (py_is_err(r)) return r;
    }
    return py_obj_val(t);
}

/* super() with no arguments: reads __class__ and the first argument of the caller. */
py_val builtin_super(py_vm *vm, py_val *args, int nargs, py_dict *kw);
py_val builtin_super(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    if (kw && kw->count) return raise_type(vm, vm->e_type, "super() takes no keyword arguments");
    if (nargs > 2) return raise_type(vm, vm->e_type, "super() expected at most 2 arguments, got %d", nargs);
    py_type *cls;
    py_val self;
    if (nargs >= 1) {
        if (!is_kind(args[0], K_TYPE))
            return raise_type(vm, vm->e_type, "super() argument 1 must be a type, not %s", py_type_name(vm, args[0]));
        if (nargs == 1) return raise_type(vm, vm->e_type, "super() with one argument is not supported by looplab");
        cls = AS_TYPE(args[0]);
        self = args[1];
    } else {
        py_fiber *f = vm->fiber;
        if (!f->nframes) return raise_type(vm, vm->e_runtime, "super(): no arguments");
        py_frame *fr = &f->frames[f->nframes - 1];
        py_code *co = fr->code;
        int k = -1;
        for (int i = 0; i < co->nfree; i++) if (strcmp(co->freenames[i]->data, "__class__") == 0) k = i;
        if (k < 0 || co->argcount == 0) return raise_type(vm, vm->e_runtime, "super(): __class__ cell not found");
        py_cell *c = (py_cell *)fr->locals[co->nlocals + co->ncells + k].u.o;
        cls = AS_TYPE(c->v);
        self = fr->locals[0];
        for (int i = 0; i < co->ncells; i++)
            if (co->cell2arg[i] == 0) self = ((py_cell *)fr->locals[co->nlocals + i].u.o)->v;
    }
    py_type *of = is_kind(self, K_TYPE) ? AS_TYPE(self) : py_type_of(vm, self);
    if (!type_is_sub(of, cls) && !type_is_sub(py_type_of(vm, self), cls))
        return raise_type(vm, vm->e_type, "super(type, obj): obj must be an instance or subtype of type");
    /* a tiny proxy: an instance of the hidden type 'super' holding (start, self) */
    py_type *st = vm->t_super;
    py_nobj *o = py_alloc_obj(vm, sizeof(py_nobj) + 2 * sizeof(py_val), K_NOBJ, st);
    py_val *d = (py_val *)o->data;
    d[0] = cls->base ? py_obj_val(cls->base) : py_none();
    d[1] = self;
    return py_obj_val(o);
}

void super_mark(py_vm *vm, void *data);
void super_mark(py_vm *vm, void *data)
{
    py_val *d = data;
    py_gc_mark(vm, d[0]);
    py_gc_mark(vm, d[1]);
}

/* Attribute lookup through a super proxy. */
py_val super_getattr(py_vm *vm, py_val proxy, py_str *name)
{
    py_val *d = (py_val *)((py_nobj *)proxy.u.o)->data;
    if (!is_kind(d[0], K_TYPE)) return raise_type(vm, vm->e_attr, "'super' object has no attribute '%s'", name->data);
    py_type *start = AS_TYPE(d[0]);
    py_val v = type_lookup(start, name);
    if (v.tag == V_UNDEF) v = py_builtin_dunder(vm, start, name);  /* super().__str__() */
    if (v.tag == V_UNDEF) {
        if (name == vm->s_init) return py_native_new(vm, "__init__", object_init_noop);
        if (strcmp(name->data, "__init_subclass__") == 0) return py_native_new(vm, "__init_subclass__", object_init_noop);
        return raise_type(vm, vm->e_attr, "'super' object has no attribute '%s'", name->data);
    }
    if (is_kind(v, K_FUNC)) {
        py_bound *b = py_alloc_obj(vm, sizeof(py_bound), K_BOUND, vm->t_method);
        b->self = d[1];
        b->func = v;
        return py_obj_val(b);
    }
    if (is_kind(v, K_NATIVE) && name != vm->s_new) {  /* __new__ is static: super().__new__(cls) */
        py_native *n = (py_native *)v.u.o;
        py_native *m = py_alloc_obj(vm, sizeof(py_native), K_NATIVE, vm->t_builtin);
        m->name = n->name;
        m->fn = n->fn;
        m->owner = n->owner;
        m->self = d[1];
        return py_obj_val(m);
    }
    return v;
}

/* ---------------- natives for aio ---------------- */

py_val py_native_new(py_vm *vm, const char *name, py_native_fn fn)
{
    py_native *n = py_alloc_obj(vm, sizeof(py_native), K_NATIVE, vm->t_builtin);
    n->name = name;
    n->fn = fn;
    n->self = undef_val();
    return py_obj_val(n);
}

py_type *py_type_new_native(py_vm *vm, const py_type_spec *spec)
{
    py_type *t = type_new(vm, spec->name, spec->base ? spec->base : vm->t_object, K_NOBJ);
    t->inst_kind = K_NOBJ;
    if (spec->base && (spec->base->flags & TF_EXC)) t->inst_kind = K_INST;
    t->native_size = spec->size;
    t->mark = spec->mark;
    t->finalize = spec->finalize;
    t->await_hook = spec->await_hook;
    t->repr = spec->repr;
    t->flags |= TF_NATIVE;
    return t;
}

void py_type_set_coro_like(py_type *t) { t->flags |= TF_WARN_UNAWAITED; }

void py_type_add_method(py_vm *vm, py_type *t, const char *name, py_native_fn fn)
{
    py_val n = py_native_new(vm, name, fn);
    ((py_native *)n.u.o)->owner = t;
    dict_set_str(vm, t->dict, str_intern_c(vm, name), n);
}

void py_type_set_attr(py_vm *vm, py_type *t, const char *name, py_val v)
{
    dict_set_str(vm, t->dict, str_intern_c(vm, name), v);
}

py_val py_native_obj_new(py_vm *vm, py_type *t)
{
    return inst_new(vm, t, NULL, 0);
}

void *py_native_data(py_val v) { return ((py_nobj *)v.u.o)->data; }

py_val py_kwarg(py_vm *vm, py_dict *kw, const char *name)
{
    if (!kw) return undef_val();
    return dict_get_str(kw, str_intern_c(vm, name));
}
