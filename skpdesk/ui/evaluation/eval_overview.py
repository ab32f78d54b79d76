"""The left side of the Penilaian tab: what the pejabat penilai weighs before rating (issue 12,
SKP-REFERENCE §3.1).

- HASIL KERJA: per RHK its indicators with target, realisasi of the period and the state of
  their bukti dukung (the plan tab's icons, `evidence.state_icons`), then the rencana aksi and
  the umpan balik of the period under the RHK.
- PERILAKU KERJA: per core value its ekspektasi khusus pimpinan and the umpan balik of the
  period.
- Advisory inputs (rekan, bawahan, penerima layanan): only the aggregates the service shows
  (a source with fewer than MIN_ADVISORY_ANSWERS answers is named, nothing more).

Read-only trees filled from one `EvaluationWorkspace` (`domain.evaluation_view`).
"""

from __future__ import annotations

import html
from types import SimpleNamespace

from PySide6.QtWidgets import (QGroupBox, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from skpdesk.domain.evaluation import (ADVISORY_SOURCE_LABELS, MIN_ADVISORY_ANSWERS,
                                       RATING_LABELS)
from skpdesk.domain.evaluation_view import BuktiCounts, EvaluationWorkspace

from ..evidence.state_icons import CellState, cell_state, state_icon, state_label
from ..i18n import arg
from .rating_panel import RATING_ORDER


def bukti_state(counts: BuktiCounts) -> CellState:
    """The plan grid's state of an indicator's bukti (a file not arrived yet is not counted
    here: the evaluation reads verification states only)."""
    return cell_state(SimpleNamespace(
        evidence_total=counts.total, evidence_rejected=counts.rejected, files_missing=0,
        evidence_waiting=counts.waiting, evidence_accepted=counts.accepted))


class EvaluationOverview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evalOverview")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        hasil_box = QGroupBox(self.tr("HASIL KERJA"), self)
        self.hasil_tree = _tree(hasil_box, "evalHasilTree",
                                [self.tr("RHK / indicator"), self.tr("Target"),
                                 self.tr("Realisasi"), self.tr("Bukti dukung")])
        QVBoxLayout(hasil_box).addWidget(self.hasil_tree)
        perilaku_box = QGroupBox(self.tr("PERILAKU KERJA"), self)
        self.perilaku_tree = _tree(perilaku_box, "evalPerilakuTree",
                                   [self.tr("Core value / feedback"),
                                    self.tr("Ekspektasi khusus pimpinan")])
        QVBoxLayout(perilaku_box).addWidget(self.perilaku_tree)
        self.advisory_label = QLabel(self)
        self.advisory_label.setObjectName("evalAdvisory")
        self.advisory_label.setWordWrap(True)
        self.advisory_label.setVisible(False)
        layout.addWidget(hasil_box, 3)
        layout.addWidget(perilaku_box, 2)
        layout.addWidget(self.advisory_label)

    def show_workspace(self, workspace: EvaluationWorkspace | None, advisory=()) -> None:
        self.hasil_tree.clear()
        self.perilaku_tree.clear()
        if workspace is not None:
            self._fill_hasil(workspace)
            self._fill_perilaku(workspace)
        self._fill_advisory(list(advisory or ()))

    def _fill_hasil(self, workspace: EvaluationWorkspace) -> None:
        for row in workspace.rows:
            item = QTreeWidgetItem(self.hasil_tree, [f"{row.number}. {row.text}"])
            item.setToolTip(0, row.text)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            for line in row.indicators:
                child = QTreeWidgetItem(item, [line.text, line.target, line.realisasi or "—",
                                               self._bukti_text(line.bukti)])
                child.setToolTip(0, line.text)
                state = bukti_state(line.bukti)
                if state is not CellState.NONE:
                    child.setIcon(3, state_icon(state))
                    child.setToolTip(3, state_label(state))
            if row.rencana_aksi:
                QTreeWidgetItem(item, [arg(self.tr("Rencana aksi: %1"), row.rencana_aksi)])
            for text in row.feedback:
                QTreeWidgetItem(item, [arg(self.tr("Umpan balik: %1"), text)])
            item.setExpanded(True)
        if not workspace.rows:
            QTreeWidgetItem(self.hasil_tree, [self.tr("The SKP has no RHK.")])
        self.hasil_tree.resizeColumnToContents(1)

    def _bukti_text(self, counts: BuktiCounts) -> str:
        if not counts.total:
            return "0"
        return arg(self.tr("%1 (%2 accepted, %3 waiting, %4 rejected)"), counts.total,
                   counts.accepted, counts.waiting, counts.rejected)

    def _fill_perilaku(self, workspace: EvaluationWorkspace) -> None:
        for row in workspace.behaviours:
            item = QTreeWidgetItem(self.perilaku_tree, [f"{row.number}. {row.name}",
                                                        row.expectation or "—"])
            item.setToolTip(1, row.expectation)
            for text in row.feedback:
                QTreeWidgetItem(item, [arg(self.tr("Umpan balik: %1"), text)])
            item.setExpanded(True)

    def _fill_advisory(self, summaries: list) -> None:
        lines = []
        for summary in summaries:
            name = ADVISORY_SOURCE_LABELS.get(summary.source, str(summary.source))
            if not summary.shown:
                lines.append(arg(self.tr("%1: %2 answer(s), shown from %3 answers on."),
                                 html.escape(name), summary.answered, MIN_ADVISORY_ANSWERS))
                continue
            counts = ", ".join(f"{RATING_LABELS[r]} {summary.counts.get(r, 0)}"
                               for r in RATING_ORDER)
            lines.append(arg(self.tr("%1 (%2 answers): %3"), html.escape(name),
                             summary.answered, html.escape(counts)))
            lines.extend(f"&nbsp;&nbsp;“{html.escape(c)}”" for c in summary.comments)
        self.advisory_label.setVisible(bool(lines))
        title = self.tr("Advisory inputs (aggregate only)")
        self.advisory_label.setText(f"<b>{html.escape(title)}</b><br>" + "<br>".join(lines)
                                    if lines else "")

    def texts(self, tree: QTreeWidget) -> list[str]:
        """Every first-column text, depth first (the tests read what is shown)."""
        found: list[str] = []

        def walk(item: QTreeWidgetItem) -> None:
            found.append(item.text(0))
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(tree.topLevelItemCount()):
            walk(tree.topLevelItem(i))
        return found


def _tree(parent: QWidget, name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setObjectName(name)
    tree.setHeaderLabels(headers)
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    tree.setAlternatingRowColors(True)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    tree.header().setStretchLastSection(False)
    return tree
