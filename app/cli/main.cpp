#include "centerdesk/core/storepaths.h"
#include "cliapp.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    centerdesk::core::configureApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const centerdesk::cli::CliApp cli;
    const int code = cli.run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
