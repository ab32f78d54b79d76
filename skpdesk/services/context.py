"""The services of one open database, built once by the composition root (`skpdesk.app`)."""

from __future__ import annotations

from dataclasses import dataclass

from .acting import ActingService
from .action_items import ActionItemsService
from .cascade import CascadeService
from .dialog.coaching import CoachingService
from .dialog.coaching_document import CoachingDocumentService
from .demo import DemoService
from .dialog.feedback import FeedbackService
from .dialog.dialogs import DialogService
from .evidence.evidence import EvidenceService
from .integrity import IntegrityService
from .journal import JournalService
from .office import OfficeService
from .dialog.reminders import RemindersService
from .dialog.search import SearchService
from .evidence.periods import PeriodService
from .evidence.feedback_page import FeedbackPageService
from .evidence.plans import PlanService
from .evaluation import eval_actions  # noqa: F401  (registers issue 12's "Perlu tindakan" sources)
from .evaluation.advisory import AdvisoryService
from .evaluation.angka_kredit import AngkaKreditService
from .evaluation.distribution import DistributionService
from .evaluation.evaluations import EvaluationService
from .evaluation.keberatan import KeberatanService
from .evaluation.organisation import OrgPredikatService
from .evaluation.evaluasi_document import EvaluasiDocumentService
from .evaluation.summary_documents import SummaryDocumentService
from .evaluation.eval_printing import EvalPrintService
from .paper.scans import ScanService
from .paper.pdf_signatures import PdfSignatureService
from .record_ids import RecordIdService
from .skp import SkpService
from .skp_document import SkpDocumentService
from .skp_history import SkpHistoryService
from .staff import StaffService
from .staff_files import StaffFilesService
from .sync import SyncService
from .sync_peers import SyncPeersService
from .team_overview import TeamOverviewService


@dataclass
class Services:
    db: object
    office: OfficeService
    staff: StaffService
    skp: SkpService
    staff_files: StaffFilesService
    cascade: CascadeService
    journal: JournalService
    integrity: IntegrityService
    demo: DemoService
    skp_document: SkpDocumentService
    sync: SyncService
    sync_peers: SyncPeersService
    acting: ActingService
    skp_history: SkpHistoryService
    team: TeamOverviewService
    actions: ActionItemsService
    search: SearchService
    reminders: RemindersService
    feedback: FeedbackService
    coaching: CoachingService
    coaching_document: CoachingDocumentService
    dialogs: DialogService
    record_ids: RecordIdService
    periods: PeriodService
    plans: PlanService
    evidence: EvidenceService  # issue 11: bukti dukung
    feedback_page: FeedbackPageService
    evaluations: EvaluationService  # issue 12: penilaian
    keberatan: KeberatanService  # issue 12
    angka_kredit: AngkaKreditService  # issue 12
    # issue 12, helper "orgdist": predikat organisasi, distribution check, advisory inputs
    org_predikat: OrgPredikatService
    distribution: DistributionService
    advisory: AdvisoryService
    # issue 13: the paper trail (one line per helper: evalform, evaldoc, evalprint, scan, pades)
    evaluasi_documents: EvaluasiDocumentService
    summary_documents: SummaryDocumentService
    eval_printing: EvalPrintService
    scans: ScanService
    pdf_signatures: PdfSignatureService

    def __post_init__(self) -> None:
        # issue 13 (evaldoc): check-print rebuilds these forms to compare a copy with the record
        self.skp_document.register_rebuild("dokumen_evaluasi", self.summary_documents.rebuild_dokumen)
        self.skp_document.register_rebuild("penetapan", self.summary_documents.rebuild_penetapan)

    @classmethod
    def build(cls, db, actor: str) -> "Services":
        return cls(db=db, office=OfficeService(db, actor), staff=StaffService(db, actor),
                   skp=SkpService(db, actor), staff_files=StaffFilesService(db, actor),
                   cascade=CascadeService(db, actor), journal=JournalService(db, actor),
                   integrity=IntegrityService(db, actor), demo=DemoService(db, actor),
                   skp_document=SkpDocumentService(db, actor), sync=SyncService(db, actor),
                   sync_peers=SyncPeersService(db, actor), acting=ActingService(db, actor),
                   skp_history=SkpHistoryService(db, actor),
                   team=TeamOverviewService(db, actor),
                   actions=ActionItemsService(db, actor),
                   search=SearchService(db, actor), reminders=RemindersService(db, actor),
                   feedback=FeedbackService(db, actor), coaching=CoachingService(db, actor),
                   coaching_document=CoachingDocumentService(db, actor),
                   dialogs=DialogService(db, actor),
                   record_ids=RecordIdService(db, actor),
                   periods=PeriodService(db, actor), plans=PlanService(db, actor),
                   evidence=EvidenceService(db, actor),
                   feedback_page=FeedbackPageService(db, actor),
                   evaluations=EvaluationService(db, actor),
                   keberatan=KeberatanService(db, actor),
                   angka_kredit=AngkaKreditService(db, actor),
                   org_predikat=OrgPredikatService(db, actor),
                   distribution=DistributionService(db, actor),
                   advisory=AdvisoryService(db, actor),
                   evaluasi_documents=EvaluasiDocumentService(db, actor),
                   summary_documents=SummaryDocumentService(db, actor),
                   eval_printing=EvalPrintService(db, actor),
                   scans=ScanService(db, actor),
                   pdf_signatures=PdfSignatureService(db, actor))
