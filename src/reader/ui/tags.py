"""Tag widgets: chips with an autocompleting input, and the dialog that manages every tag.

Both are thin: they show what the library holds and report what the reader
asked for; the window (or the dialog, through :class:`reader.library.Library`)
makes the change.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.errors import ReaderError
from reader.library import Changes, Library
from reader.ui import themes
from reader.ui.dialogs import show_error


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping onto new lines (as the Qt "Flow Layout" example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), test=True)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, test=False)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, *, test: bool) -> int:
        x, y, line_h = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line_h > 0:
                x, y = rect.x(), y + line_h + self._spacing
                line_h = 0
            if not test:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_h = max(line_h, hint.height())
        return y + line_h - rect.y()


class TagEditor(QWidget):
    """A row of tag chips (click one to remove it) and an input that completes from every tag.

    Signals:

    - ``tag_added(str)``: the reader typed a tag and pressed Enter.
    - ``tag_removed(str)``: the reader clicked a chip's ×.
    """

    tag_added = Signal(str)
    tag_removed = Signal(str)

    def __init__(self, parent: QWidget | None = None, placeholder: str = "Add a tag…") -> None:
        super().__init__(parent)
        self._flow = FlowLayout(self)
        self.input = QLineEdit(self, objectName="TagInput")
        self.input.setPlaceholderText(placeholder)
        self.input.setFont(themes.ui_font(12))
        self.input.setMinimumWidth(110)
        self.input.setMaximumWidth(200)
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.input.setCompleter(completer)
        self.input.returnPressed.connect(self._on_input_return_pressed)
        self._chips: list[QPushButton] = []
        self._flow.addWidget(self.input)

    def set_tags(self, names: list[str]) -> None:
        for chip in self._chips:
            self._flow.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        self._flow.removeWidget(self.input)
        for name in names:
            chip = QPushButton(f"{name}  ×", self, objectName="Chip")
            chip.setFont(themes.ui_font(12))
            chip.setToolTip(f"Remove the tag “{name}”")
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.clicked.connect(lambda _=False, n=name: self.tag_removed.emit(n))
            self._flow.addWidget(chip)
            self._chips.append(chip)
        self._flow.addWidget(self.input)
        self.updateGeometry()

    def tags(self) -> list[str]:
        return [c.text().rsplit("  ×", 1)[0] for c in self._chips]

    def set_completions(self, names: list[str]) -> None:
        self._names.setStringList(names)

    def chip(self, name: str) -> QPushButton | None:
        return next((c for c in self._chips if c.text().rsplit("  ×", 1)[0] == name), None)

    def _on_input_return_pressed(self) -> None:
        name = self.input.text().strip()
        self.input.clear()
        if name:
            self.tag_added.emit(name)


class TagsDialog(QDialog):
    """Every tag with its counts; rename (edit a name), merge one into another, delete.

    Signals:

    - ``library_changed(object)``: a :class:`Changes` after each change.
    """

    library_changed = Signal(object)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setWindowTitle("Tags")
        self.setModal(False)
        self.resize(460, 420)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(["Tag", "Articles", "Highlights"])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.rename_button = QPushButton("Rename", self)
        self.rename_button.clicked.connect(self._on_rename_clicked)
        self.merge_target = QComboBox(self)
        self.merge_button = QPushButton("Merge into", self)
        self.merge_button.setToolTip("Give everything with the selected tag the chosen tag instead")
        self.merge_button.clicked.connect(self._on_merge_clicked)
        self.delete_button = QPushButton("Delete", self)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self._confirm = QTimer(self, singleShot=True, interval=4000)
        self._confirm.timeout.connect(self._reset_delete_button)
        self.empty = QLabel("No tags yet. Tag an article or a highlight and it appears here.", self)
        self.empty.setObjectName("EmptyState")
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.merge_target)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(self.empty)
        lay.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self._filling = False
        self.reload()

    def reload(self) -> None:
        self._filling = True
        tags = self.library.tags()
        self.table.setRowCount(len(tags))
        for row, t in enumerate(tags):
            name = QTableWidgetItem(t.name)
            name.setData(Qt.ItemDataRole.UserRole, t.name)
            self.table.setItem(row, 0, name)
            for col, n in ((1, t.articles), (2, t.highlights)):
                item = QTableWidgetItem(str(n))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self._filling = False
        self.empty.setVisible(not tags)
        self.table.setVisible(bool(tags))
        self._on_table_selection_changed()

    def rows(self) -> list[tuple[str, int, int]]:
        """What the table shows: (name, articles, highlights)."""
        return [
            (self.table.item(r, 0).text(), int(self.table.item(r, 1).text()), int(self.table.item(r, 2).text()))
            for r in range(self.table.rowCount())
        ]

    def select(self, name: str) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).text() == name:
                self.table.selectRow(r)
                return

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def _run(self, action) -> None:
        try:
            action()
        except ReaderError as exc:
            show_error(self, exc)
        self.reload()
        self.library_changed.emit(Changes(library=True, tags=True))

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        old = item.data(Qt.ItemDataRole.UserRole)
        new = item.text()
        if old and new != old:
            self._run(lambda: self.library.rename_tag(old, new))

    def _on_rename_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.editItem(self.table.item(rows[0].row(), 0))

    def _on_merge_clicked(self) -> None:
        source, target = self.selected_name(), self.merge_target.currentText()
        if source and target and source != target:
            self._run(lambda: self.library.merge_tags(source, target))

    def _on_delete_clicked(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        if not self._confirm.isActive():  # first click asks, a second within 4 s deletes
            self.delete_button.setText(f"Delete “{name}” everywhere?")
            self._confirm.start()
            return
        self._confirm.stop()
        self._reset_delete_button()
        self._run(lambda: self.library.delete_tag(name))

    def _reset_delete_button(self) -> None:
        self.delete_button.setText("Delete")

    def _on_table_selection_changed(self) -> None:
        name = self.selected_name()
        for b in (self.rename_button, self.merge_button, self.delete_button, self.merge_target):
            b.setEnabled(name is not None)
        self.merge_target.clear()
        if name is not None:
            self.merge_target.addItems([t for t, _a, _h in self.rows() if t != name])
        self._confirm.stop()
        self._reset_delete_button()
