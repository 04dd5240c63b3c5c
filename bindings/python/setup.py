"""Builds the optional C extension ingot._native (the metadata is in
pyproject.toml). `optional=True`: where no C compiler or Python headers are
available the package still installs and uses its pure-Python conversions.

With numpy installed at build time (pyproject.toml asks for it) the
extension also uses numpy's C API for arrays (_native_numpy.c); without it
the same conversions go through the buffer protocol, a little slower."""

from setuptools import Extension, setup

include_dirs, macros = [], []
try:
    import numpy

    include_dirs.append(numpy.get_include())
    macros.append(("INGOT_NATIVE_NUMPY", "1"))
except ImportError:
    pass

setup(
    ext_modules=[
        Extension(
            "ingot._native",
            sources=["ingot/_native.c", "ingot/_native_numpy.c"],
            depends=["ingot/_native_numpy.h"],
            include_dirs=include_dirs,
            define_macros=macros,
            extra_compile_args=["-O2", "-fvisibility=hidden"],
            optional=True,
        )
    ]
)
