"""Builds the optional C extension ingot._native (the metadata is in
pyproject.toml). `optional=True`: where no C compiler or Python headers are
available the package still installs and uses its pure-Python conversions."""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "ingot._native",
            sources=["ingot/_native.c"],
            extra_compile_args=["-O2", "-fvisibility=hidden"],
            optional=True,
        )
    ]
)
