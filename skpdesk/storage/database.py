"""Open a database file (migrating it first) and hand out units of work.

`Database.unit_of_work(actor)` is the only way services write: one transaction, repositories
bound to it, the change journal hooked in. `Database.reader()` is the same without writes.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from skpdesk.domain.changes import Changes
from skpdesk.domain.clock import Hlc, WallClock, system_wall_ms
from skpdesk.domain.ids import new_device_id

from . import journal
from .engine import DEFAULT_BUSY_TIMEOUT_MS, make_engine
from .faults import as_domain_error, os_error
from .lock_info import WriterMark
from .migrate import backup_file, check_openable, head_revision, upgrade
from .replica import check_machine, machine_fingerprint
from .repositories.coaching import CoachingRepository
from .repositories.dialogs import DialogRepository
from .repositories.evidence import EvidenceRepository
from .repositories.integrity import IntegrityRepository
from .repositories.journal import JournalRepository
from .repositories.keberatan import KeberatanRepository
from .repositories.skp_history import SkpHistoryRepository
from .repositories.office import OfficeRepository
from .repositories.evaluations import EvaluationRepository
from .repositories.organisation import OrganisationRepository
from .repositories.people import PeopleRepository
from .repositories.plans import PlansRepository
from .repositories.printing import PrintingRepository
from .repositories.reminders import RemindersRepository
from .repositories.scans import ScansRepository
from .repositories.search import SearchRepository
from .repositories.record_ids import RecordIdRepository
from .repositories.skp import SkpRepository
from .repositories.sync import SyncRepository
from .repositories.team import TeamRepository
from .repositories.sync_peers import SyncPeersRepository
from .tables import LocalStateRow


class Database:
    """One open database file.

    Opening never takes the write lock (a read-only command runs while another process holds a
    long write transaction): the file is checked through a read-only connection, migrated only
    when its schema is behind, and this replica's `local_state` row (device id, clock) is made
    with the schema or, for a file that lacks it, inside the first write transaction.

    `create=False` refuses a file that is not an SKP Desk database yet (missing, empty);
    with `create=True` such a file receives the schema. Any other file (another program's
    SQLite file, not SQLite, damaged, newer) is refused either way and left byte-identical.
    """

    def __init__(self, path: Path, backups_dir: Path | None = None, *, create: bool = True,
                 busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
                 wall_clock: WallClock | None = None) -> None:
        self.path = Path(path)
        # Where the journal's clock reads the time (tests run replicas with skewed clocks).
        self.wall_clock: WallClock = wall_clock or system_wall_ms
        self.engine = None
        # "Saya adalah" for this open handle only (`skpdesk --as NIP`, the demo): a pegawai id
        # that wins over the stored `local_state.acting_pegawai_id`; never written to the file.
        self.acting_override: str | None = None
        self._mark = WriterMark(self.path)
        try:
            revision = check_openable(self.path, create=create, busy_timeout_ms=busy_timeout_ms)
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise os_error(exc, self.path.parent, folder=True) from None
            backups_dir = backups_dir or self.path.parent / "backups"
            self.backups_dir = backups_dir
            backup = None
            if revision is not None and revision != head_revision():
                # Before the first connection: even switching on WAL would change the file.
                backup = backup_file(self.path, backups_dir, f"before-{head_revision()}")
            self.engine = make_engine(self.path, busy_timeout_ms)
            self.last_backup = upgrade(self.engine, self.path, backups_dir,
                                       new_local_state=_new_local_state, backup=backup)
        except DBAPIError as exc:
            self.close()
            known = as_domain_error(exc, self.path)
            if known is None:
                raise
            raise known from None
        except BaseException:
            self.close()
            raise
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self.engine.execution_options(sqlite_immediate=True),
                                    expire_on_commit=False)
        journal.install(self._sessions)
        journal.install(self._writer)

    @property
    def device_id(self) -> str | None:
        """This replica's device id (None until the first write of a file made without one)."""
        with self.reader() as uow:
            return uow.device_id()

    def unit_of_work(self, actor: str = "system") -> "UnitOfWork":
        return UnitOfWork(self, self._writer, actor, write=True)

    def reader(self) -> "UnitOfWork":
        return UnitOfWork(self, self._sessions, "reader", write=False)

    def close(self) -> None:
        self._mark.close()
        if self.engine is not None:
            self.engine.dispose()


def _new_local_state() -> dict:
    # First use of this replica: it gets its own device id and an empty clock.
    return {"id": 1, "device_id": new_device_id(), "hlc": Hlc(0, 0).encode(), "next_seq": 1,
            "created_at": journal.utc_now(), "machine_id": machine_fingerprint()}


class UnitOfWork:
    """`with db.unit_of_work(actor) as uow:` commits on success, rolls back on any exception.

    Foreseeable faults of the file (another writer holds it too long, full disk, read-only
    file or folder, damage) leave as DomainError, never as SQL text with its parameters.
    """

    def __init__(self, db: Database, factory, actor: str, *, write: bool) -> None:
        self._db = db
        self._factory = factory
        self._actor = actor
        self._write = write
        self.changes = Changes()

    def __enter__(self) -> "UnitOfWork":
        self._session = self._factory()
        self._session.begin()
        if self._write:
            try:
                # The first statement runs BEGIN IMMEDIATE: the wait for the write lock is here.
                state = self._session.get(LocalStateRow, 1)
                self._db._mark.hold(self._actor)
                if state is None:
                    state = LocalStateRow(**_new_local_state())
                    self._session.add(state)
                else:
                    # A file copied to another machine takes a new device id before it writes.
                    check_machine(self._session, state)
            except DBAPIError as exc:
                self._abandon()
                known = as_domain_error(exc, self._db.path)
                if known is None:
                    raise
                raise known from None
            except BaseException:
                self._abandon()
                raise
            self._session.info["journal"] = journal.JournalContext(
                self._actor, state, self._db.wall_clock,
                acting_pegawai_id=self._db.acting_override or state.acting_pegawai_id)
        self.office = OfficeRepository(self._session, self.changes)
        self.people = PeopleRepository(self._session, self.changes)
        self.skp = SkpRepository(self._session, self.changes)
        self.printing = PrintingRepository(self._session, self.changes)
        self.journal = JournalRepository(self._session)
        self.skp_history = SkpHistoryRepository(self._session)
        self.integrity = IntegrityRepository(self._session)
        self.sync = SyncRepository(self._session, self._session.info.get("journal"))
        self.sync_peers = SyncPeersRepository(self._session)
        self.team = TeamRepository(self._session)
        # issue 10: full-text search and the reminders' reads
        self.search = SearchRepository(self._session)
        self.reminders = RemindersRepository(self._session)
        self.coaching = CoachingRepository(self._session, self.changes)
        self.dialogs = DialogRepository(self._session, self.changes)
        self.record_ids = RecordIdRepository(self._session)
        # issue 11: periods, rencana aksi, realisasi
        self.plans = PlansRepository(self._session, self.changes)
        # issue 11: bukti dukung
        self.evidence = EvidenceRepository(self._session, self.changes)
        self.organisation = OrganisationRepository(self._session, self.changes)  # issue 12
        self.evaluations = EvaluationRepository(self._session, self.changes)  # issue 12
        self.keberatan = KeberatanRepository(self._session, self.changes)  # issue 12
        self.scans = ScansRepository(self._session, self.changes)  # issue 13: signed scans
        return self

    def flush(self) -> None:
        self._session.flush()

    def release_written(self) -> None:
        """Flush, then stop keeping the rows written so far (a long unit of work, like the demo
        office, would otherwise hold every row of the transaction in memory)."""
        self._session.flush()
        self._session.info.pop("rows", None)

    def now_iso(self) -> str:
        """The time now as the journal stamps it (its wall clock; UTC ISO with milliseconds)."""
        ctx = self._session.info.get("journal")
        return ctx.now() if ctx is not None else journal.utc_now()

    def device_id(self) -> str | None:
        state = self._session.get(LocalStateRow, 1)
        return state.device_id if state is not None else None

    def stored_acting_id(self) -> str | None:
        """The pegawai id stored as "Saya adalah" in this database (None: nobody)."""
        state = self._session.get(LocalStateRow, 1)
        return state.acting_pegawai_id if state is not None else None

    def acting_id(self) -> str | None:
        """Who is acting in this unit of work: the handle's override, else the stored one."""
        return self._db.acting_override or self.stored_acting_id()

    def store_acting_id(self, pegawai_id: str | None) -> None:
        """Store "Saya adalah" (local state: never journaled, never synced)."""
        state = self._session.get(LocalStateRow, 1)
        state.acting_pegawai_id = pegawai_id

    def act_as_pegawai(self, pegawai_id: str | None) -> None:
        """From now on in this unit of work, journal entries name this pegawai (None: nobody)."""
        self._session.info["journal"].set_acting(journal.acting_of(self._session, pegawai_id))

    def set_acting(self, acting) -> None:
        """Record `acting` (a `domain.acting.Acting`) as the journal's person from now on in this
        unit of work: a pengelola kinerja atas nama another, the demo's people."""
        self._session.info["journal"].set_acting(acting)

    def _abandon(self) -> None:
        self._session.close()
        self._db._mark.release()

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None and self._write:
                try:
                    self._session.commit()
                except DBAPIError as failure:
                    known = as_domain_error(failure, self._db.path)
                    if known is None:
                        raise
                    raise known from None
            else:
                try:
                    self._session.rollback()
                except DBAPIError:
                    pass  # the transaction is gone with its connection; the error below says why
        finally:
            self._session.close()
            if self._write:
                self._db._mark.release()
        if exc is not None and isinstance(exc, DBAPIError):
            known = as_domain_error(exc, self._db.path)
            if known is not None:
                raise known from None
