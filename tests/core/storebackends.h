#pragma once

// Value-parameterized store tests: the same test on a .seika file and on a fresh database of the throwaway
// PostgreSQL cluster (tests/core/pgtestdatabase.h). The PostgreSQL instance skips, with a message, when
// SEIKA_TEST_PG_URL is unset.

#include "tests/core/pgtestdatabase.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace seika::test {

enum class Backend { File, Server };

/// The instance names: …/File and …/PostgreSQL.
inline std::string backendName(const ::testing::TestParamInfo<Backend> &info)
{
    return info.param == Backend::File ? "File" : "PostgreSQL";
}

/// Instantiates a value-parameterized suite on both backends.
#define SEIKA_ON_BOTH_BACKENDS(Suite)                                                                                 \
    INSTANTIATE_TEST_SUITE_P(Backends, Suite,                                                                         \
                             ::testing::Values(::seika::test::Backend::File, ::seika::test::Backend::Server),         \
                             ::seika::test::backendName)

/// A fixture whose document lives on the backend of the parameter: location() is a file in a temporary folder
/// or the test's own database (one per test: on the server, every name gives the same database).
class BackendTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        if (GetParam() == Backend::Server) {
            SEIKA_REQUIRE_POSTGRESQL();
            m_server.emplace();
        }
    }

    [[nodiscard]] bool onServer() const { return GetParam() == Backend::Server; }
    [[nodiscard]] QString location(const QString &fileName = QStringLiteral("doc.seika")) const
    {
        return onServer() ? m_server->url() : m_dir.filePath(fileName);
    }
    /// How Seika's errors name the document.
    [[nodiscard]] QString named() const { return onServer() ? m_server->where() : location(); }

    QTemporaryDir m_dir;
    std::optional<PgTestDatabase> m_server;
};

} // namespace seika::test
