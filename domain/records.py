"""Dataclasses that cost nothing until a process needs what only the dataclasses module makes.

`@dataclasses.dataclass` compiles each class's __init__, __repr__ and __eq__ from
generated source when the class is defined, and importing the dataclasses module
loads inspect, ast, dis and tokenize: together about 17 ms for domain.model, more
than half of what `candor list` may add to Python's own start (DESIGN.md). So the
model's classes are declared with this module's `dataclass` and `field`, which
accept the plain form the model uses (bare `@dataclass`; `field(default=...)` or
`field(default_factory=...)`) and:

- leave the class as written until it is first used. Its first instance gets
  __init__, __repr__ and __eq__ written here, the same code the dataclasses module
  writes (0.1 ms for one class), so `list` builds its CallSummary rows without that
  module; when the dataclasses module is loaded by then (the window, the tests), the
  first instance makes the class exactly what `@dataclasses.dataclass` makes. Either
  way a class costs only when used: the window loads the dataclasses module before
  domain.model, and making the model's every class at import took 15 ms of its start.
  The first look at what only that module makes (`dataclasses.fields`, `replace`,
  `asdict`, `is_dataclass`, `__dataclass_fields__`) turns the class into the standard
  dataclass on the spot, instances made before
  included (they hold plain attributes either way). One difference shows until then:
  a class without a docstring has __doc__ None, where dataclasses writes its signature.

tests/domain/test_records.py checks both forms against `@dataclasses.dataclass`.
"""

from __future__ import annotations

import sys
from _thread import RLock, get_ident

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar

    T = TypeVar("T")

_lock = RLock()
# Classes waiting to be made: class -> (field names, plain defaults, default factories).
_pending: dict[type, tuple[tuple[str, ...], dict[str, Any], dict[str, Callable[[], Any]]]] = {}
_MADE_HERE = ("__init__", "__repr__", "__eq__", "__hash__", "__match_args__")
_ASKS_DATACLASSES = ("__dataclass_fields__", "__dataclass_params__")


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<factory>"


_MISSING: Any = _Missing()


class _Field:
    """What `field()` stands for until the dataclasses module is loaded."""

    __slots__ = ("default", "default_factory")

    def __init__(self, default: Any, default_factory: Any) -> None:
        self.default, self.default_factory = default, default_factory


def field(*, default: Any = _MISSING, default_factory: Any = _MISSING) -> Any:
    """dataclasses.field with `default` or `default_factory`, for this module's dataclass."""
    if default is not _MISSING and default_factory is not _MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return _Field(default, default_factory)


def dataclass(cls: type[T]) -> type[T]:
    """`@dataclasses.dataclass` (bare), made when first needed; see the module's note."""
    return deferred(cls)


def deferred(cls: type[T]) -> type[T]:
    """The class as written, made into a dataclass when first used (see the module's note);
    a class this module cannot make is handed to dataclasses at once."""
    spec = _spec(cls)
    if spec is None:
        return _standard(cls)
    names, defaults, factories = spec
    for name in names:  # the class values dataclasses leaves: the plain defaults
        if isinstance(cls.__dict__.get(name), _Field):
            if name in defaults:
                setattr(cls, name, defaults[name])
            else:
                delattr(cls, name)
    _pending[cls] = spec

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        _write_methods(cls)
        cls.__init__(self, *args, **kwargs)

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    __init__.__module__ = cls.__module__
    __init__.first_use = True
    cls.__init__ = __init__
    cls.__hash__ = None  # as for any eq=True, unfrozen dataclass
    cls.__match_args__ = names
    for name in _ASKS_DATACLASSES:
        setattr(cls, name, _MakeStandard(name))
    return cls


def fields(class_or_instance: Any) -> tuple[Any, ...]:
    """dataclasses.fields (which makes the class a standard dataclass first)."""
    import dataclasses

    return dataclasses.fields(class_or_instance)


def field_names(cls: type) -> list[str]:
    """The names of a dataclass's fields, in order, without loading the dataclasses module."""
    with _lock:
        spec = _pending.get(cls)
    if spec is not None:
        return list(spec[0])
    return [f.name for f in fields(cls)]


def _spec(cls: type) -> tuple[tuple[str, ...], dict[str, Any], dict[str, Any]] | None:
    """The class's fields if this module can make it, else None (dataclasses makes it)."""
    if cls.__bases__ != (object,) or any(n in cls.__dict__ for n in _MADE_HERE[:3]):
        return None
    names: list[str] = []
    defaults: dict[str, Any] = {}
    factories: dict[str, Any] = {}
    for name, kind in cls.__dict__.get("__annotations__", {}).items():
        if not isinstance(kind, str) or any(w in kind for w in ("ClassVar", "InitVar", "KW_ONLY")):
            return None  # typing's forms (and unquoted annotations): leave them to dataclasses
        value = cls.__dict__.get(name, _MISSING)
        if isinstance(value, _Field):
            if value.default_factory is not _MISSING:
                factories[name] = value.default_factory
                names.append(name)
                continue
            value = value.default
        if value is not _MISSING:
            if type(value).__hash__ is None:  # dataclasses refuses these too
                raise ValueError(
                    f"mutable default {type(value)} for field {name} is not allowed: "
                    "use default_factory"
                )
            if hasattr(value, "__set_name__") or callable(getattr(value, "__get__", None)):
                return None  # a descriptor as default: dataclasses' own rules apply
            defaults[name] = value
        elif defaults or factories:
            raise TypeError(f"non-default argument {name!r} follows default argument")
        names.append(name)
    return tuple(names), defaults, factories


def _write_methods(cls: type) -> None:
    """The class's first instance: __init__, __repr__ and __eq__ as dataclasses writes them
    (or the standard dataclass, if that module has been loaded since)."""
    with _lock:
        spec = _pending.get(cls)
        if spec is None or not getattr(cls.__dict__["__init__"], "first_use", False):
            return  # made already (by another thread)
        if "dataclasses" in sys.modules:
            _make_standard(cls)
            return
        names, defaults, factories = spec
        scope: dict[str, Any] = {"_MISSING": _MISSING, "_repr_running": set(), "_ident": get_ident}
        params, body = [], []
        for name in names:
            if name in factories:
                scope[f"_factory_{name}"] = factories[name]
                params.append(f"{name}=_MISSING")
                body.append(f"self.{name} = _factory_{name}() if {name} is _MISSING else {name}")
            else:
                if name in defaults:
                    scope[f"_default_{name}"] = defaults[name]
                params.append(f"{name}=_default_{name}" if name in defaults else name)
                body.append(f"self.{name} = {name}")
        shown = ", ".join(f"{name}={{self.{name}!r}}" for name in names)
        mine = "".join(f"self.{name}," for name in names)
        theirs = "".join(f"other.{name}," for name in names)
        source = (
            f"def __init__(self, {', '.join(params)}):\n"
            + "".join(f"    {line}\n" for line in body or ["pass"])
            + "def __repr__(self):\n"
            "    key = id(self), _ident()\n"
            "    if key in _repr_running:\n"
            "        return '...'\n"
            "    _repr_running.add(key)\n"
            "    try:\n"
            f'        return self.__class__.__qualname__ + f"({shown})"\n'
            "    finally:\n"
            "        _repr_running.discard(key)\n"
            "def __eq__(self, other):\n"
            "    if other.__class__ is self.__class__:\n"
            f"        return ({mine}) == ({theirs})\n"
            "    return NotImplemented\n"
        )
        exec(source, scope)  # noqa: S102 (our own source, as dataclasses does)
        for method in ("__init__", "__repr__", "__eq__"):
            function = scope[method]
            function.__qualname__ = f"{cls.__qualname__}.{method}"
            function.__module__ = cls.__module__
            setattr(cls, method, function)


class _MakeStandard:
    """__dataclass_fields__ and __dataclass_params__ until they are asked for: the asking
    (dataclasses.fields, replace, asdict, is_dataclass) makes the standard dataclass."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type) -> Any:
        _make_standard(owner)
        return owner.__dict__[self.name]


def _make_standard(cls: type) -> None:
    """Hand a waiting class to dataclasses: from here on it is exactly what
    `@dataclasses.dataclass` makes of it."""
    import dataclasses

    with _lock:
        spec = _pending.pop(cls, None)
        if spec is None:
            return
        for name in (*_MADE_HERE, *_ASKS_DATACLASSES):
            if name in cls.__dict__:
                delattr(cls, name)
        for name, factory in spec[2].items():
            setattr(cls, name, dataclasses.field(default_factory=factory))
        dataclasses.dataclass(cls)


def _standard(cls: type[T]) -> type[T]:
    import dataclasses

    for name, value in list(cls.__dict__.items()):
        if isinstance(value, _Field):
            given = {k: getattr(value, k) for k in _Field.__slots__}
            given = {k: v for k, v in given.items() if v is not _MISSING}
            setattr(cls, name, dataclasses.field(**given))
    return dataclasses.dataclass(cls)
