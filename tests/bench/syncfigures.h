// Sync-export of 10^5 changes and their import at HQ (issue 6's targets), for
// the benchmark's table; bench_sync prints the same steps on their own.
#pragma once

#include "benchsupport.h"

#include <QByteArray>
#include <QString>

namespace centerdesk::bench {

// A CSV of `accounts` accounts of one Center (PHC), each with a contact and a
// C-TPAT program: its import writes 4 captured changes per account (the
// account, its contact, its program, its history entry).
QByteArray accountsCsv(int accounts);

struct SyncFigures
{
    Figure exportFigure;
    Figure importFigure;
    qint64 rows = 0;         // lines of the package
    qint64 packageBytes = 0; // its size
    double makeSeconds = 0;  // the account import that made the changes
};

// Makes a workstation store in `folder` with accountsCsv(accounts) imported
// (change capture on), then, `runs` times on a fresh copy of it, times the
// export of one incremental package and its import into a fresh HQ store
// with the workstation's key registered. References: the export's own
// statements (traced, bindings inlined, COMMIT replaced by ROLLBACK) by
// sqlite3 on a copy of the store, warm; for the import, the same rows by
// INSERT ... SELECT from the workstation store attached into a fresh copy
// of the HQ store, in one transaction (the floor of SQLite's own work).
SyncFigures measureSync(const QString& folder, int accounts, int runs, QString* error);

} // namespace centerdesk::bench
