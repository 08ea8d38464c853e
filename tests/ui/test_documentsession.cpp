#include "testsupport.h"

#include "ui/documentsession.h"
#include "ui/mainwindow.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace seika;
using seika::ui::DocumentSession;

TEST(DocumentSession, LoadsTheDocumentOfItsStore)
{
    auto session =
        DocumentSession::fromStore(std::make_unique<ui::test::MemoryStore>(ui::test::kawasakiLikeDocument()));
    ASSERT_TRUE(session.has_value());
    EXPECT_EQ((*session)->data(), ui::test::kawasakiLikeDocument());
    EXPECT_EQ((*session)->location(), QStringLiteral("/memory/test.seika"));
    EXPECT_EQ((*session)->displayName(), QStringLiteral("test.seika"));
}

TEST(DocumentSession, FailsWhenTheStoreCannotLoad)
{
    auto session =
        DocumentSession::fromStore(std::make_unique<ui::test::MemoryStore>(core::DocumentData{}, true));
    ASSERT_FALSE(session.has_value());
    EXPECT_EQ(session.error().code, core::ErrorCode::DamagedDocument);
}

TEST(DocumentSession, OpeningAMissingFileFails)
{
    QTemporaryDir dir;
    auto session = DocumentSession::open(dir.filePath(QStringLiteral("missing.seika")));
    ASSERT_FALSE(session.has_value());
    EXPECT_EQ(session.error().code, core::ErrorCode::FileNotFound);
}

TEST(DocumentSession, TheUndoStackCleanStateIsTheModifiedFlag)
{
    auto session =
        DocumentSession::fromStore(std::make_unique<ui::test::MemoryStore>(ui::test::kawasakiLikeDocument()));
    ASSERT_TRUE(session.has_value());
    DocumentSession &s = **session;
    EXPECT_FALSE(s.isModified());
    QSignalSpy modified(&s, &DocumentSession::modifiedChanged);
    s.undoStack()->push(new QUndoCommand(QStringLiteral("edit")));
    EXPECT_TRUE(s.isModified());
    ASSERT_EQ(modified.count(), 1);
    EXPECT_TRUE(modified.takeFirst().at(0).toBool());
    s.undoStack()->undo();
    EXPECT_FALSE(s.isModified());
    ASSERT_EQ(modified.count(), 1);
    EXPECT_FALSE(modified.takeFirst().at(0).toBool());
}

// An undo or a redo that cannot be written (a full disk) tells the user why, leaves the document as it
// was, and leaves the undo stack where the document is: the step can be undone (or redone) once the disk
// has room again.
TEST(DocumentSession, AnUndoOrRedoThatCannotBeWrittenIsReportedAndTheStackStaysWhereTheDocumentIs)
{
    ui::MainWindow window;
    QStringList messages;
    window.setNotifier([&messages](QMessageBox::Icon, const QString &text, const QString &details) {
        messages << text + u' ' + details;
    });
    auto memory = std::make_unique<ui::test::MemoryStore>(ui::test::kawasakiLikeDocument());
    ui::test::MemoryStore *store = memory.get();
    auto session = DocumentSession::fromStore(std::move(memory));
    ASSERT_TRUE(session.has_value());
    window.setSession(std::move(*session));
    DocumentSession &s = *window.session();
    QUndoStack *stack = s.undoStack();

    const core::DocumentData before = s.data();
    core::Observation o = *before.cityObservation(QStringLiteral("npo-certified"), core::FiscalYear(2017));
    o.value = 15;
    ASSERT_TRUE(s.edit(QStringLiteral("value"), core::WriteBatch{{core::WriteBatch::PutObservation{o}}}).isEmpty());
    const core::DocumentData edited = s.data();
    ASSERT_EQ(stack->index(), 1);

    // What SQLite says when the disk is full.
    const core::Error full{core::ErrorCode::DatabaseError, QStringLiteral("COMMIT"), {},
                           QStringLiteral("database or disk is full"), -1, -1};
    store->failWrites(full);
    stack->undo();
    QTRY_COMPARE(stack->index(), 1);
    EXPECT_TRUE(s.data() == edited) << "nothing was undone";
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().startsWith(QStringLiteral("The change could not be saved. "))) << messages.first().toStdString();
    EXPECT_TRUE(messages.first().contains(QStringLiteral("database or disk is full"))) << messages.first().toStdString();
    EXPECT_TRUE(stack->canUndo());
    EXPECT_FALSE(stack->canRedo());

    store->failWrites(std::nullopt);
    stack->undo();
    EXPECT_EQ(stack->index(), 0);
    EXPECT_TRUE(s.data() == before);

    store->failWrites(full);
    stack->redo();
    QTRY_COMPARE(stack->index(), 0);
    EXPECT_TRUE(s.data() == before) << "nothing was redone";
    EXPECT_EQ(messages.size(), 2);
    EXPECT_TRUE(stack->canRedo());

    store->failWrites(std::nullopt);
    stack->redo();
    EXPECT_EQ(stack->index(), 1);
    EXPECT_TRUE(s.data() == edited);
    EXPECT_EQ(messages.size(), 2);
}
