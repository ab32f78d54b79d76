"""Storage: the only package that imports SQLAlchemy and Alembic.

Services reach it through `Database.unit_of_work()`; ORM rows never leave this package.
"""
