"""analysis.collector: the cycle collector paused inside, and left as it was found."""

from __future__ import annotations

import gc

import pytest

from analysis.collector import collector_paused


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_inside_and_left_as_found(enabled):
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(RuntimeError), collector_paused():
            raise RuntimeError("a reader failed")
        assert gc.isenabled() is enabled  # back as found after an error too
    finally:
        (gc.enable if was else gc.disable)()


class _Node:
    def __init__(self) -> None:
        self.other: object = None


def test_freeze_survivors_leaves_what_is_alive_out_of_collections():
    import weakref

    from analysis.collector import freeze_survivors

    plain, cycle = _Node(), _Node()
    cycle.other = cycle
    plain_ref, cycle_ref = weakref.ref(plain), weakref.ref(cycle)
    try:
        freeze_survivors()
        assert gc.get_freeze_count() > 0
        del plain, cycle
        assert plain_ref() is None  # freed when its last reference went, frozen or not
        gc.collect()
        assert cycle_ref() is not None  # a frozen cycle is not searched: kept (what a one-shot process accepts)
    finally:
        gc.unfreeze()
    gc.collect()
    assert cycle_ref() is None
