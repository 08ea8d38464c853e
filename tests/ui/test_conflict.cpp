// No lost update in the GUI (issue 16 §5): two windows' sessions on one PostgreSQL document. An edit of a figure
// the other changed since shows 「他の人がこの値を変更しました」 with both values and who changed it; "keep the stored
// value" writes nothing and shows the stored document, "keep mine" writes the user's value as an undoable step.
// An undo of a step whose figure the other changed since is refused with the reason, the stack left where it
// is. Needs the throwaway cluster (SEIKA_TEST_PG_URL); skips without it.
#include "testsupport.h"

#include "core/io/jsonexchange.h"
#include "core/numberformat.h"
#include "core/storage/documentstore.h"
#include "tests/core/pgtestdatabase.h"
#include "ui/conflictdialog.h"
#include "ui/documentsession.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <optional>

using namespace seika;
using namespace Qt::StringLiterals;
using seika::ui::ConflictChoice;
using seika::ui::ConflictDialog;
using seika::ui::DocumentSession;

namespace {

/// What the dialog showed.
struct Shown
{
    QString title;
    QString row;
    QString yours;
    QString theirs;
    QString changedBy;
};

/// Runs act(), which is to show a ConflictDialog in its own event loop, reads it and clicks the button named
/// button once it is up. The dialog as shown; nullopt when none came up.
std::optional<Shown> answerConflict(const std::function<void()> &act, const QString &button)
{
    std::optional<Shown> shown;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer.stop();
        const auto text = [dialog](const char *name) {
            auto *label = dialog->findChild<QLabel *>(QString::fromLatin1(name));
            return label ? label->text() : QString();
        };
        shown = Shown{dialog->windowTitle(), text("rowLabel"), text("yoursLabel"), text("theirsLabel"),
                      text("changedByLabel")};
        auto *push = dialog->findChild<QPushButton *>(button);
        ASSERT_NE(push, nullptr);
        QTest::mouseClick(push, Qt::LeftButton);
    });
    timer.start(10);
    act();
    timer.stop();
    return shown;
}

class ConflictTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SEIKA_REQUIRE_POSTGRESQL();
        server.emplace();
        ASSERT_TRUE(server->createSample());
        auto a = DocumentSession::open(server->url());
        ASSERT_TRUE(a) << core::errorMessage(a.error()).toStdString();
        first = std::move(*a);
        auto b = DocumentSession::open(server->url());
        ASSERT_TRUE(b) << core::errorMessage(b.error()).toStdString();
        second = std::move(*b);
        second->setConflictResolver(ConflictDialog::resolver(nullptr));
        // Each session edits what it read: neither hears the other's changes. (A notification is taken by the store's
        // thread at once and brings the other's value in as soon as an event loop runs — a wait for the server
        // runs one — so the edit would meet no conflict.)
        first->store().setChangeListener({});
        second->store().setChangeListener({});
        // A plain figure (no counts, not from a survey) in an open year.
        const core::DocumentData &doc = first->data();
        for (const core::Observation &o : doc.observations) {
            const core::Indicator *indicator = doc.indicator(o.indicatorCode);
            const bool locked = std::any_of(doc.locks.cbegin(), doc.locks.cend(),
                                            [&o](const core::YearLock &l) { return l.year == o.year; });
            if (o.value && !o.numerator && !locked && indicator && !indicator->surveySource) {
                cell = o;
                break;
            }
        }
        ASSERT_TRUE(cell.value.has_value());
    }

    /// The batch of one figure of the cell, as the yearly values table makes it.
    core::WriteBatch setCell(double value) const
    {
        core::Observation o = cell;
        o.value = value;
        core::WriteBatch batch;
        batch.operations.append(core::WriteBatch::PutObservation{o});
        return batch;
    }

    static std::optional<double> valueIn(const core::DocumentData &doc, const core::Observation &cell)
    {
        for (const core::Observation &o : doc.observations) {
            if (o.indicatorCode == cell.indicatorCode && o.year == cell.year && o.area == cell.area)
                return o.value;
        }
        return std::nullopt;
    }

    /// The cell's value as stored now, read by a third client.
    std::optional<double> storedValue() const
    {
        auto doc = core::openStore(server->url(), core::OpenMode::ReadOnly);
        EXPECT_TRUE(doc);
        auto data = (*doc)->load();
        EXPECT_TRUE(data);
        return valueIn(*data, cell);
    }

    QString databaseUser() const { return server->scalar(u"SELECT session_user"_s).toString(); }

    std::optional<test::PgTestDatabase> server;
    std::unique_ptr<DocumentSession> first;
    std::unique_ptr<DocumentSession> second;
    core::Observation cell;
};

TEST_F(ConflictTest, KeepingTheStoredValueWritesNothingAndShowsTheStoredDocument)
{
    const double original = *cell.value;
    ASSERT_TRUE(first->edit(u"first"_s, setCell(original + 1)).isEmpty());

    QSignalSpy changed(second.get(), &DocumentSession::documentChanged);
    QList<core::Error> problems;
    const auto shown = answerConflict([&] { problems = second->edit(u"second"_s, setCell(original + 2)); },
                                      u"keepTheirsButton"_s);
    ASSERT_TRUE(shown.has_value()) << "no conflict dialog";
    EXPECT_EQ(shown->title, ConflictDialog::tr("Someone else changed this value"));
    EXPECT_TRUE(shown->row.contains(cell.indicatorCode)) << shown->row.toStdString();
    // The figure, then its note.
    EXPECT_TRUE(shown->yours.startsWith(core::plainNumber(original + 2))) << shown->yours.toStdString();
    EXPECT_TRUE(shown->theirs.startsWith(core::plainNumber(original + 1))) << shown->theirs.toStdString();
    EXPECT_TRUE(shown->changedBy.contains(databaseUser())) << shown->changedBy.toStdString();

    // The editor says the change was not saved, in the conflict's words.
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.first().code, core::ErrorCode::ConflictingChange);
    EXPECT_EQ(second->undoStack()->count(), 0); // nothing written, no step
    EXPECT_EQ(storedValue(), original + 1);
    // The window shows what is stored.
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(valueIn(second->data(), cell), original + 1);
}

TEST_F(ConflictTest, KeepingMineWritesItOverTheOtherAsAStepThatUndoes)
{
    const double original = *cell.value;
    ASSERT_TRUE(first->edit(u"first"_s, setCell(original + 1)).isEmpty());

    QList<core::Error> problems;
    const auto shown = answerConflict([&] { problems = second->edit(u"second"_s, setCell(original + 2)); },
                                      u"keepMineButton"_s);
    ASSERT_TRUE(shown.has_value()) << "no conflict dialog";
    EXPECT_TRUE(problems.isEmpty()) << core::errorMessage(problems.value(0)).toStdString();
    EXPECT_EQ(storedValue(), original + 2);
    EXPECT_EQ(valueIn(second->data(), cell), original + 2);
    ASSERT_EQ(second->undoStack()->count(), 1);

    // Its undo puts back the value it overwrote: the other's.
    second->undoStack()->undo();
    EXPECT_EQ(storedValue(), original + 1);
    EXPECT_EQ(valueIn(second->data(), cell), original + 1);
}

TEST_F(ConflictTest, UndoOfAStepWhoseFigureTheOtherChangedSinceIsRefusedWithTheReason)
{
    const double original = *cell.value;
    ASSERT_TRUE(first->edit(u"mine"_s, setCell(original + 1)).isEmpty());
    ASSERT_TRUE(second->reload());
    ASSERT_TRUE(second->edit(u"theirs"_s, setCell(original + 5)).isEmpty());

    QList<core::Error> refused;
    QObject::connect(first.get(), &DocumentSession::errorOccurred, first.get(),
                     [&refused](const core::Error &e) { refused.append(e); });
    first->undoStack()->undo();
    ASSERT_EQ(refused.size(), 1);
    const core::Error error = refused.constFirst();
    EXPECT_EQ(error.code, core::ErrorCode::ConflictingChange);
    const QString reason = core::errorMessage(error);
    EXPECT_TRUE(reason.contains(databaseUser())) << reason.toStdString();
    EXPECT_TRUE(reason.contains(core::plainNumber(original + 5))) << reason.toStdString();
    // The stack goes back to where the document is: the step still done.
    EXPECT_TRUE(QTest::qWaitFor([this] { return first->undoStack()->index() == 1; }, 5000));
    EXPECT_EQ(first->undoStack()->index(), 1);
    EXPECT_EQ(valueIn(first->data(), cell), original + 1);
    EXPECT_EQ(storedValue(), original + 5);
}

} // namespace
