#pragma once

#include "core/storage/documentstore.h"

#include <memory>

namespace seika::core {

/// Sets organisation and application names so that settings and AppDataLocation are the same for
/// the GUI and the CLI. Call right after constructing the application object.
void setApplicationIdentity();

/// The user's default document: <AppDataLocation>/default.seika. SEIKA_DEFAULT_DOCUMENT overrides it
/// (tests and benchmarks use that to stay out of the user's data).
[[nodiscard]] QString defaultDocumentPath();

/// Opens the default document in mode, creating it (for writing) from the bundled Kawasaki sample when it does
/// not exist.
[[nodiscard]] Result<std::unique_ptr<DocumentStore>> openOrCreateDefaultDocument(OpenMode mode = OpenMode::ReadWrite);

} // namespace seika::core
