#pragma once

class QLineEdit;

namespace seika::ui {

/// Shows edit's clear button (QLineEdit::setClearButtonEnabled) with a name and a tooltip: Qt's own button
/// is an icon that a screen reader cannot name and a mouse user cannot identify by hovering.
void enableClearButton(QLineEdit *edit);

} // namespace seika::ui
