// Help ▸ About (issue 17 §1): the version from CMake, the Qt version and the licence of this build.
#include "testsupport.h"

#include "ui/mainwindow.h"

#include <gtest/gtest.h>

#include <QCoreApplication>

using namespace seika;

TEST(About, SaysTheVersionTheQtVersionAndTheLicence)
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    const QString text = ui::MainWindow::aboutText();
    EXPECT_TRUE(text.contains(QStringLiteral("Seika 9.8.7"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QString::fromLatin1(qVersion()))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Licence: "))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("LicenseRef-proprietary"))) << text.toStdString();
    QCoreApplication::setApplicationVersion(QString());
}
