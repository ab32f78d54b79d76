"""Open a database file (migrating it first) and hand out units of work.

`Database.unit_of_work(actor)` is the only way services write: one transaction, repositories
bound to it, the change journal hooked in. `Database.reader()` is the same without writes.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from skpdesk.domain.changes import Changes
from skpdesk.domain.clock import Hlc
from skpdesk.domain.ids import new_device_id

from . import journal
from .engine import make_engine
from .migrate import check_openable, upgrade
from .repositories.journal import JournalRepository
from .repositories.office import OfficeRepository
from .repositories.people import PeopleRepository
from .repositories.printing import PrintingRepository
from .repositories.skp import SkpRepository
from .tables import LocalStateRow
from .write_refusals import write_refusal


class Database:
    def __init__(self, path: Path, backups_dir: Path | None = None) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        check_openable(self.path)
        self.engine = make_engine(self.path)
        self.last_backup = upgrade(self.engine, self.path, backups_dir or self.path.parent / "backups")
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self.engine.execution_options(sqlite_immediate=True),
                                    expire_on_commit=False)
        journal.install(self._sessions)
        journal.install(self._writer)
        self.device_id = self._ensure_local_state()

    def _ensure_local_state(self) -> str:
        with self._writer.begin() as session:
            state = session.get(LocalStateRow, 1)
            if state is None:
                # First run on this replica: it gets its own device id and an empty clock.
                state = LocalStateRow(id=1, device_id=new_device_id(), hlc=Hlc(0, 0).encode(),
                                      next_seq=1, created_at=journal.utc_now())
                session.add(state)
            return state.device_id

    def unit_of_work(self, actor: str = "system") -> "UnitOfWork":
        return UnitOfWork(self._writer, actor, write=True, path=self.path)

    def reader(self) -> "UnitOfWork":
        return UnitOfWork(self._sessions, "reader", write=False)

    def close(self) -> None:
        self.engine.dispose()


class UnitOfWork:
    """`with db.unit_of_work(actor) as uow:` commits on success, rolls back on any exception."""

    def __init__(self, factory, actor: str, *, write: bool, path: Path | None = None) -> None:
        self._factory = factory
        self._path = path
        self._actor = actor
        self._write = write
        self.changes = Changes()

    def __enter__(self) -> "UnitOfWork":
        self._session = self._factory()
        self._session.begin()
        if self._write:
            try:  # BEGIN IMMEDIATE runs here: a database that refuses writes may say so now
                state = self._session.execute(
                    select(LocalStateRow).where(LocalStateRow.id == 1)).scalar_one()
            except Exception as error:
                self._session.close()
                refusal = write_refusal(error, self._path)
                if refusal is not None:
                    raise refusal from error
                raise
            self._session.info["journal"] = journal.JournalContext(self._actor, state)
        self.office = OfficeRepository(self._session, self.changes)
        self.people = PeopleRepository(self._session, self.changes)
        self.skp = SkpRepository(self._session, self.changes)
        self.printing = PrintingRepository(self._session, self.changes)
        self.journal = JournalRepository(self._session)
        return self

    def flush(self) -> None:
        self._session.flush()

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None and self._write:
                self._session.commit()
            else:
                self._session.rollback()
        except Exception as error:
            refusal = write_refusal(error, self._path) if self._write else None
            if refusal is not None:
                raise refusal from error
            raise
        finally:
            self._session.close()
        if exc is not None and self._write:  # a flush inside the block was refused
            refusal = write_refusal(exc, self._path)
            if refusal is not None:
                raise refusal from exc
