#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

// Seika's message boxes at a reading width. QMessageBox sizes itself for Latin text with spaces:
// a Japanese sentence, which may break after any character, came out in a narrow column, and a
// text with a long unbroken line (a path, a list item) as a box across half the screen. Every
// message box of the application goes through these functions.
namespace seika::ui {

/// The width of a message box's texts (the main text and the informative text), in pixels: a text
/// whose longest line is narrower keeps its width, longer lines wrap.
inline constexpr int MessageTextMinimumWidth = 420;
inline constexpr int MessageTextMaximumWidth = 560;
/// Details with more lines than this show their first lines in the box and all of them under
/// 「詳細を表示」 (QMessageBox::detailedText).
inline constexpr int MessageDetailLines = 12;

/// Lays box out at a reading width: both texts word-wrapped at one width between
/// MessageTextMinimumWidth and MessageTextMaximumWidth, from the longest line they hold. Call after
/// the texts are set.
void fitMessageBox(QMessageBox &box);

/// Puts text and details into box: details as the informative text, or, when they have more than
/// MessageDetailLines lines, their first lines with a note and all of them as the detailed text.
/// Then fits the box (fitMessageBox()).
void setMessageTexts(QMessageBox &box, const QString &text, const QString &details);

/// Shows a modal message with an OK button, fitted.
void showMessageBox(QWidget *parent, QMessageBox::Icon icon, const QString &text,
                    const QString &details = {});

/// Asks a Yes/No question, fitted; No is the default button unless yesByDefault. True for Yes.
[[nodiscard]] bool askYesNo(QWidget *parent, const QString &question, const QString &details = {},
                            bool yesByDefault = false);

} // namespace seika::ui
