import posixpath

from hypothesis import given, strategies as st

from generator.urls import relative

segment = st.sampled_from(["a", "b", "ke-hoach", "co-quan", "x-1"])
path = st.lists(segment, min_size=0, max_size=3).map(lambda parts: "/".join(parts + ["p.md"]))


@given(path, path)
def test_relative_matches_posixpath(src, dst):
    expected = posixpath.basename(dst) if src == dst else posixpath.relpath(dst, posixpath.dirname(src) or ".")
    assert relative(src, dst) == expected
    assert relative(src, dst, "nv-001") == expected + "#nv-001"
