#pragma once

#include "core/edit/change.h"
#include "core/edit/changeset.h"
#include "core/edit/idsource.h"
#include "core/edit/writebatch.h"

namespace seika::core {

/// The edit engine: the change set of batch made on before (see ChangeSet), which a store writes and
/// documentAfter() applies in memory, so that the file and the document in memory never disagree.
///
/// The operations are applied in order (see WriteBatch); the first that fails fails the whole
/// computation and nothing is returned. New rows get their ids from ids, and the change its own id.
/// Survey-fed indicators (Indicator::surveySource) follow their surveys: after each PutSurvey and
/// PutIndicator, and once more at the end (which undoes any direct edit that slipped past
/// validateBatch()), the city observation of every year a survey gives a value for is set to that value
/// (note and as-of date kept, numerator and denominator cleared; a new one goes last), and a value a
/// replaced or removed survey gave that no survey gives any more is removed. A change to a locked year
/// fails with YearLocked.
///
/// The change set points into before and batch (and into rows it owns): both must outlive it. Its audit
/// event is info's, stamped by info.user (else currentUserName()) at info.at (else now), with the counts
/// of values added, changed and removed; its entries are those WriteBatch describes.
[[nodiscard]] Result<ChangeSet> computeChanges(const DocumentData &before, const WriteBatch &batch, IdSource &ids,
                                               const ChangeInfo &info = {});
/// A further part of a change that is written in parts (OpenDocument::commitInParts()): computeChanges() of batch
/// made on before, under the change's event (its id, stamp and kind, as computeChanges() made it for the first
/// part), the counts being this part's.
[[nodiscard]] Result<ChangeSet> computeChangePart(const DocumentData &before, const WriteBatch &batch, IdSource &ids,
                                                  ChangeEvent event, bool bulk);

/// Applies batch to doc in memory only, as computeChanges() and documentAfter() would: for documents
/// that are not stored (tests, a new document before it is created). Fails (and leaves doc unchanged)
/// as computeChanges() fails.
[[nodiscard]] Result<void> applyToDocument(DocumentData &doc, const WriteBatch &batch, IdSource &ids);
/// applyToDocument() with ids counted from after doc's largest id.
[[nodiscard]] Result<void> applyToDocument(DocumentData &doc, const WriteBatch &batch);

/// The batch that brings the survey-fed values of doc back in line with their surveys (values a file
/// holds that its surveys do not give: written by hand, or by an older Seika), leaving locked years as
/// they are; empty when they agree. A document opened for writing commits it as a Correction.
[[nodiscard]] WriteBatch surveyCorrection(const DocumentData &doc);

/// Brings the survey-fed values of a document that is not stored (read from JSON) in line with its surveys,
/// in memory: surveyCorrection() applied, locked years included (a file being read has no history to
/// respect). New observations get no id, as the rest of such a document has none yet.
void syncSurveyValues(DocumentData &doc);

} // namespace seika::core
