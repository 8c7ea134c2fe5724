#pragma once

#include "domain/Domain.h"
#include "import/JsonFields.h"

namespace adreview {

// The records of an import file, read and checked one at a time: the JSON parser passes the
// objects of its arrays, the CSV parser an object of each row's non-empty cells. Faults go to
// `fields`, named by `path` ("cases[3]" or "cases.csv:12").
class ImportRecords {
public:
    static Advertiser advertiser(JsonFields &fields, const QJsonObject &o, const QString &path);
    // The case's own fields; its evidence and history are read by the caller.
    static CaseRecord caseRecord(JsonFields &fields, const QJsonObject &o, const QString &path);
    static Evidence evidence(JsonFields &fields, const QJsonObject &o, const QString &path);

    static const QStringList &advertiserKeys();
    static const QStringList &caseKeys();             // without evidence and history
    static const QStringList &requiredCaseKeys();     // all but an appeal's "contests"
    static const QStringList &evidenceKeys();         // of every kind, attachment included
    static const QStringList &requiredEvidenceKeys(); // of every kind

private:
    static void readAttachment(JsonFields &fields, const QJsonObject &o, const QString &path, Evidence &ev);
};

} // namespace adreview
