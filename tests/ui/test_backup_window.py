"""File > Back Up Now and File > Restore from Backup in the window."""

from __future__ import annotations


def test_back_up_then_restore_from_the_window(qtbot, window, library, tmp_path):
    w = window
    sample = w.current_id
    w.backup_action.trigger()
    assert "Backed up to" in w.statusBar().currentMessage()
    p = tmp_path / "b.txt"
    p.write_text("Later story\n\nAdded after the backup.", encoding="utf-8")
    with qtbot.waitSignal(w.import_finished, timeout=10000):
        w.import_sources([str(p)])
    assert library.count() == 2
    dialog = w.show_restore_dialog()
    # the daily backup made after the first paint may be listed too
    rows = {dialog.table.item(r, 1).text(): r for r in range(dialog.table.rowCount())}
    manual = rows["made by you"]
    assert dialog.table.item(manual, 2).text() == "1"
    dialog.select(manual)
    dialog.restore_button.click()
    assert library.count() == 2  # the first click only asks
    dialog.restore_button.click()
    assert library.count() == 1 and w.library_model.ids() == [sample]
    assert "Restored 1 article(s)" in w.statusBar().currentMessage()
    kinds = {b.kind for b in library.backups()}
    assert {"before-restore", "manual"} <= kinds <= {"before-restore", "manual", "daily"}
