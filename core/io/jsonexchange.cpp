#include "core/io/jsonexchange.h"

// STUB: to be implemented (JSON helper).
namespace seika::core {

QByteArray documentToJson(const DocumentData &) { return {}; }
Result<DocumentData> documentFromJson(const QByteArray &) { return fail(ErrorCode::JsonSyntax); }
Result<DocumentData> readJsonFile(const QString &path) { return fail(ErrorCode::FileNotFound, path); }
Result<void> writeJsonFile(const QString &path, const DocumentData &) { return fail(ErrorCode::FileNotWritable, path); }
Result<DocumentData> kawasakiSample() { return fail(ErrorCode::JsonSyntax); }
DocumentData emptyDocument() { return {}; }

} // namespace seika::core
