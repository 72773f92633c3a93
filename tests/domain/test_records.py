"""domain.records: the model's classes behave as `@dataclasses.dataclass` makes them, whether
they were made by the dataclasses module at once or written here first and handed to it
later. The first form runs wherever dataclasses is already loaded (this test process);
the second only in a process without it, so it is checked in fresh interpreters."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import pytest

from domain import model, records
from tests.cli.helpers import ROOT

# Prints, for every dataclass of domain.model, what a caller can see of it: instances
# made with every field given and with only the required ones, their repr, equality
# and hash, and the class's field names; then, with dataclasses loaded (which makes the
# waiting classes standard), fields, replace and asdict on the instances made before.
PROBE = """
import json, sys
FIRST = sys.argv[1]
if FIRST == "dataclasses":
    import dataclasses
import domain.model as model
from domain import records
loaded_early = "dataclasses" in sys.modules
classes = [c for c in vars(model).values() if isinstance(c, type) and c.__module__ == model.__name__
           and ("__dataclass_fields__" in c.__dict__ or c in records._pending)]
out = {"loaded_early": loaded_early, "classes": {}}
made = {}


def kinds(cls):
    # field names, the required ones, those with a factory (asking nothing of dataclasses
    # while the class waits)
    spec = records._pending.get(cls)
    if spec is not None:
        names, defaults, factories = spec
        required = [n for n in names if n not in defaults and n not in factories]
        return list(names), required, list(factories)
    import dataclasses as dc
    fs = dc.fields(cls)
    required = [f.name for f in fs if f.default is dc.MISSING and f.default_factory is dc.MISSING]
    factories = [f.name for f in fs if f.default_factory is not dc.MISSING]
    return [f.name for f in fs], required, factories


for cls in classes:
    names, required, factories = kinds(cls)
    assert names == records.field_names(cls)
    full = cls(*[f"{n}!" for n in names])
    short = cls(*[f"{n}?" for n in required])
    kw = cls(**{n: f"{n}!" for n in names})
    factory_types = sorted((n, type(getattr(short, n)).__name__) for n in factories)
    out["classes"][cls.__name__] = {
        "names": names,
        "required": required,
        "full": repr(full),
        "short_plain": repr({n: getattr(short, n) for n in names if n not in factories}),
        "factory_types": factory_types,
        "eq": [full == kw, full == short, full != short, full == 1, repr(full.__eq__(1))],
        "hash": cls.__hash__ is None,
        "match_args": list(cls.__match_args__),
        # (no docstring: dataclasses writes the signature there, a waiting class has None)
        "doc": "" if (cls.__doc__ or "-(").startswith((cls.__name__ + "(", "-(")) else cls.__doc__,
        "class_defaults": sorted((n, repr(getattr(cls, n))) for n in names if hasattr(cls, n)),
        "missing_arg": None,
    }
    try:
        cls()
    except TypeError as exc:
        out["classes"][cls.__name__]["missing_arg"] = str(exc)
    made[cls] = (full, kw)
out["dataclasses_loaded_by_use"] = "dataclasses" in sys.modules
import dataclasses
for cls, (full, kw) in made.items():
    info = out["classes"][cls.__name__]
    info["is_dataclass"] = [dataclasses.is_dataclass(cls), dataclasses.is_dataclass(full)]
    info["fields"] = [(f.name, f.type, "-" if f.default is dataclasses.MISSING else repr(f.default),
                       f.default_factory is not dataclasses.MISSING)
                      for f in dataclasses.fields(cls)]
    info["asdict"] = repr(dataclasses.asdict(full))
    info["replace"] = repr(dataclasses.replace(full, **{info["names"][0]: "changed"}))
    info["after"] = [repr(full), full == kw, repr(cls(*[f"{n}!" for n in info["names"]]))]
    info["params"] = repr(cls.__dataclass_params__)
    info["signature"] = str(__import__("inspect").signature(cls))
print(json.dumps(out, sort_keys=True))
"""


def probe(first: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, first],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_model_loads_without_the_dataclasses_module():
    deferred = probe("model")
    assert not deferred["loaded_early"]
    assert not deferred["dataclasses_loaded_by_use"]  # instances, repr, eq: none need it


def test_deferred_classes_match_standard_dataclasses():
    """Every class of domain.model, made here first and standard afterwards, shows the same
    as when dataclasses made it at once: init (positional, keyword, defaults, factories,
    the error for a missing argument), repr, eq, hash, match args, fields, replace,
    asdict and the signature."""
    deferred, standard = probe("model"), probe("dataclasses")
    assert standard["loaded_early"]
    assert deferred["classes"].keys() == standard["classes"].keys()
    assert len(deferred["classes"]) >= 10
    for name, info in standard["classes"].items():
        assert deferred["classes"][name] == info, name


@pytest.fixture
def waiting():
    """A class handed to records.deferred in this process (which has dataclasses loaded, so
    its first use makes it standard, as in the window)."""

    @records.deferred
    class Item:
        name: str
        size: int = 1
        tags: list[str] = records.field(default_factory=list)
        note: str = records.field(default="")

    return Item


def test_asking_for_fields_makes_a_waiting_class_standard(waiting):
    assert waiting in records._pending
    assert waiting.size == 1 and waiting.note == ""
    assert not hasattr(waiting, "tags")  # as dataclasses: a factory's field has no class value
    assert [f.name for f in dataclasses.fields(waiting)] == ["name", "size", "tags", "note"]
    assert waiting not in records._pending
    item = waiting("a")
    assert item == waiting("a", 1, [], "")
    assert repr(item).endswith(".Item(name='a', size=1, tags=[], note='')")


def test_the_first_instance_makes_a_waiting_class_here_or_standard(waiting):
    first = waiting("a", tags=["x"])
    assert first.tags == ["x"] and waiting("b").tags == [] and waiting("b").tags is not first.tags
    assert dataclasses.is_dataclass(waiting)
    assert dataclasses.replace(first, size=3) == waiting("a", 3, ["x"])
    assert records.field_names(waiting) == ["name", "size", "tags", "note"]


def test_what_dataclasses_refuses_is_refused_here_too():
    with pytest.raises(ValueError, match="mutable default"):

        @records.deferred
        class Bad:
            items: list[int] = []  # noqa: RUF012

    with pytest.raises(TypeError, match="non-default argument"):

        @records.deferred
        class Worse:
            size: int = 1
            name: str


def test_the_model_declares_its_dataclasses_with_records():
    source = (ROOT / "domain" / "model.py").read_text(encoding="utf-8")
    assert "from dataclasses import" not in source
    assert dataclasses.is_dataclass(model.Call) and dataclasses.is_dataclass(model.CallSummary)
