// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/CaBundle.h"

#include <QSslCertificate>
#include <QSslConfiguration>

int CaBundle::installFromEnvironment()
{
    const QString file = qEnvironmentVariable(environmentVariable().toLatin1().constData());
    if (file.isEmpty())
        return 0;
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(file, QSsl::Pem);
    if (certificates.isEmpty())
        return 0;
    // A user's --ca-file is added on top of these, per connection.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
    return int(certificates.size());
}
