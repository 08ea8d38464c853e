// core::pingServer(): whether a server answers, asked without logging in — what the window's connection check
// asks off the GUI thread (ui/documentsession.cpp) before it lets its store reconnect.
#include "core/storage/pgping.h"
#include "tests/core/pgtestdatabase.h"

#include <gtest/gtest.h>

#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace seika::core;
using namespace Qt::StringLiterals;

TEST(PgPing, AServerThatIsUpAnswersWhateverItThinksOfTheUserOrTheDatabase)
{
    SEIKA_REQUIRE_POSTGRESQL();
    seika::test::PgTestDatabase server;
    EXPECT_EQ(pingServer(server.url(), 2), ServerPing::Reachable);
    // No login is made: a user the server does not know, a database that does not exist, and a database
    // that refuses connections still mean the server is up.
    const QUrl base(*seika::test::pgTestBaseUrl());
    const QString hostPort = base.host() + u':' + QString::number(base.port(5432));
    EXPECT_EQ(pingServer(u"postgresql://nobody_at_all@"_s + hostPort + u"/no_such_database"_s, 2), ServerPing::Reachable);
    server.setReachable(false);
    EXPECT_EQ(pingServer(server.url(), 2), ServerPing::Reachable);
    server.setReachable(true);
}

namespace {

/// A TCP socket on 127.0.0.1 at a free port, listening (but never answering) or not; closed at the end.
struct LocalSocket
{
    explicit LocalSocket(bool listening)
    {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&address), length) != 0
            || ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0
            || (listening && ::listen(fd, 4) != 0))
            return;
        port = ntohs(address.sin_port);
    }
    ~LocalSocket()
    {
        if (fd >= 0)
            ::close(fd);
    }
    LocalSocket(const LocalSocket &) = delete;
    LocalSocket &operator=(const LocalSocket &) = delete;

    int fd = -1;
    int port = 0;
};

} // namespace

TEST(PgPing, NoServerAtTheAddressIsUnreachableAndAFileIsNoServer)
{
    // A port bound but not listening: nobody accepts connections there.
    LocalSocket closed(false);
    ASSERT_GT(closed.port, 0);
    EXPECT_EQ(pingServer(u"postgresql://seika@127.0.0.1:%1/plan"_s.arg(closed.port), 2), ServerPing::Unreachable);
    // Something that is not PostgreSQL, accepting but never answering: the ping gives up after its time-out.
    LocalSocket silent(true);
    ASSERT_GT(silent.port, 0);
    EXPECT_EQ(pingServer(u"postgresql://seika@127.0.0.1:%1/plan"_s.arg(silent.port), 2), ServerPing::Unreachable);
    EXPECT_EQ(pingServer(u"/tmp/plan.seika"_s, 2), ServerPing::NotAServer);
    EXPECT_EQ(pingServer(u"postgresql://seika@127.0.0.1:99999/plan"_s, 2), ServerPing::NotAServer);
}
