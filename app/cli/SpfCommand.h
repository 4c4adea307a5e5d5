#pragma once

#include <QCoreApplication>
#include <QStringList>

// `smtp-doctor-cli spf --domain D --ip A`: evaluates D's SPF record for a
// sending address (RFC 7208) and prints the result with its trail.
class SpfCommand
{
    Q_DECLARE_TR_FUNCTIONS(SpfCommand)
public:
    // 0 for pass, 1 for any other result, 2 for unusable arguments.
    static int run(const QStringList &arguments);
};
