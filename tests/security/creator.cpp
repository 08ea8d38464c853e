// Creates the document argv[1] from the sample with core::createStore(), killing itself with SIGKILL at the
// moment the document is complete under its temporary name and not yet given its own (the moment a crash
// or kill -9 of a real `init` could hit). tests/security checks what it leaves behind.
#include "core/io/jsonexchange.h"
#include "core/storage/documentstore.h"
#include "core/storage/sqlitestore.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

namespace seika::core {

/// The test seam SqliteStore declares a friend.
class SqliteStoreTestAccess
{
public:
    static void killBeforePlacing()
    {
        SqliteStore::s_beforePlacing = [](const QString &temporary) {
            std::printf("%s\n", qUtf8Printable(temporary));
            std::fflush(stdout);
            std::raise(SIGKILL);
        };
    }
};

} // namespace seika::core

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 1;
    auto sample = seika::core::kawasakiSample();
    if (!sample)
        return 2;
    seika::core::SqliteStoreTestAccess::killBeforePlacing();
    auto store = seika::core::createStore(QString::fromLocal8Bit(argv[1]), *sample);
    return store ? 0 : 3;
}
