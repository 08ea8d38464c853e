#include "testsupport.h"

#include "ui/documentsession.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
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
