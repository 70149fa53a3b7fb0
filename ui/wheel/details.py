"""The side panel of the wheel tab: one block's score, questions and everyone's answers.

A wedge only says "3.5"; a workshop asks why.  The panel answers with the
block's median and range across groups, then each question (labelled in
the chosen form language) with every respondent's answer beneath it.  The
block list at the top is the keyboard's way in, and follows clicks on the
chart, so the panel and the picture never disagree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.shared.language import shown_number
from ui.shared.retranslate import Texts

if TYPE_CHECKING:
    from forms.wheel.scores import BlockScore, BlockSpread
    from forms.wheel.structure import Block
    from ui.wheel.data import WheelData

QUESTION, ANSWER, SCORE = range(3)


def _number(value: float | None) -> str:
    return shown_number(value)


class WheelDetails(QWidget):
    """Shows the chosen block of the current wheel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = Texts(self)
        self._data: WheelData | None = None
        self._language: str | None = None
        self.blocks = QComboBox()
        self.texts.add(lambda: self.blocks.setPlaceholderText(self.tr("Choose a block…")))
        self.texts.add(lambda: self.blocks.setAccessibleName(self.tr("Building block")))
        self.blocks.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.blocks.currentIndexChanged.connect(self._fill)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget()
        self.tree.setObjectName("wheel_details")
        self.texts.add(
            lambda: self.tree.setHeaderLabels(
                [self.tr("Question and respondent"), self.tr("Answer"), self.tr("Score")]
            )
        )
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ANSWER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SCORE, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(ANSWER, 150)
        heading = QLabel()
        self.texts.add(lambda widget=heading: widget.setText(self.tr("<b>Block details</b>")))
        heading.setBuddy(self.blocks)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.blocks)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addStretch()  # takes the room while no block is chosen and the tree is hidden
        self.show_wheel(None, None)
        self.texts.add(self._fill)  # the hint and the summary, in the new language at once

    def show_wheel(self, data: WheelData | None, language: str | None) -> None:
        """List ``data``'s blocks in ``language``, keeping the chosen block when it still exists."""
        chosen = self.block_name()
        self._data, self._language = data, language
        self.blocks.blockSignals(True)
        self.blocks.clear()
        for block in data.mission_wheel.wheel.blocks if data else ():
            self.blocks.addItem(block.label(language), block.name)
        self.blocks.setCurrentIndex(self.blocks.findData(chosen) if chosen else -1)
        self.blocks.blockSignals(False)
        self.blocks.setEnabled(data is not None)
        self._fill()

    def show_block(self, name: str | None) -> None:
        """Show block ``name`` (as if chosen in the list)."""
        self.blocks.setCurrentIndex(self.blocks.findData(name) if name else -1)

    def block_name(self) -> str | None:
        return self.blocks.currentData()

    def _fill(self) -> None:
        self.tree.clear()
        name = self.block_name()
        data = self._data
        block = data.mission_wheel.wheel.block(name) if data and name else None
        self.tree.setVisible(block is not None)
        if data is None or block is None:
            self.summary.setText(
                self.tr(
                    "Click a block of the wheel, or choose one above, "
                    "to see its questions and every answer."
                )
            )
            return
        combined = data.mission_wheel
        self.summary.setText(
            self._summary(
                combined.current.blocks[block.name],
                combined.spread.blocks.get(block.name) if combined.spread else None,
                block.target,
                combined.baseline.blocks.get(block.name) if combined.baseline else None,
            )
        )
        self._fill_questions(data, block)

    def _summary(
        self,
        current: BlockScore,
        spread: BlockSpread | None,
        target: float | None,
        baseline: BlockScore | None,
    ) -> str:
        if current.score is None:
            lines = [self.tr("No answer scores this block yet.")]
        elif spread is not None and spread.n > 1:
            lines = [
                self.tr("Median {median} across {n} groups, ranging from {low} to {high}.").format(
                    median=_number(spread.median),
                    n=spread.n,
                    low=_number(spread.minimum),
                    high=_number(spread.maximum),
                )
            ]
        else:
            lines = [self.tr("Score {score}.").format(score=_number(current.score))]
        lines.append(
            self.tr("{answered} of {total} answers given.").format(
                answered=current.answered, total=current.total
            )
        )
        if target is not None:
            lines.append(self.tr("Target {target}.").format(target=_number(target)))
        if baseline is not None and baseline.score is not None:
            lines.append(self.tr("Baseline {score}.").format(score=_number(baseline.score)))
        return " ".join(lines)

    def _fill_questions(self, data: WheelData, block: Block) -> None:
        from forms.wheel.structure import pick_text  # the wheel model loads with the first chart
        from ui.wheel.data import answer_text, respondent_name

        form = data.mission_wheel.form
        names = [respondent_name(data, r, self._language) for r in data.respondents]
        bold = self.tree.font()
        bold.setBold(True)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for question in block.questions:
            label = pick_text(question.labels, self._language, form.default_language, question.name)
            item = QTreeWidgetItem(self.tree, [label])
            item.setFirstColumnSpanned(True)
            item.setFont(QUESTION, bold)
            item.setToolTip(QUESTION, label)
            for name, respondent in zip(names, data.respondents, strict=True):
                value = respondent.answers.get(question.path)
                answer = answer_text(form, question.path, value, self._language)
                score = _number(question.value(value))
                row = QTreeWidgetItem(item, [name, answer or self.tr("(no answer)"), score])
                row.setToolTip(QUESTION, name)
                row.setToolTip(ANSWER, answer)
                row.setTextAlignment(SCORE, right)
        self.tree.expandAll()
