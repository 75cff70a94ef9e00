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
