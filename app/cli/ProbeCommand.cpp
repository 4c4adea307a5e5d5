// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeCommand.h"

#include "discovery/ProviderCatalog.h"
#include "input/HostInput.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

ProbeCommand::ProbeCommand()
    : Command(QStringLiteral("probe"),
              tr("Makes the one-file PHP probe that tests the mail server from your website."))
    , m_valid(QStringLiteral("valid"),
              tr("Minutes until the probe expires and deletes itself (default %1, at most %2).")
                  .arg(SiteProbeFile::defaultValidMinutes)
                  .arg(SiteProbeFile::maximumValidMinutes),
              QStringLiteral("MINUTES"))
    , m_out(QStringLiteral("out"), tr("The folder to write the file to."), QStringLiteral("DIR"))
    , m_format(
          QStringLiteral("format"), tr("text or json (default text)."), QStringLiteral("FORMAT"))
{
    addArgument(QStringLiteral("create"), tr("Make a new probe file."));
    addOptions(m_server.options());
    addOptions({m_valid, m_out, m_format});
}

QString ProbeCommand::read(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return tr("say what to do: smtp-doctor-cli probe create ...");
    if (words.constFirst() != QLatin1String("create"))
        return tr("\"%1\" is not a probe command; the only one is \"create\"")
            .arg(words.constFirst());
    if (words.size() > 1)
        return tr("unexpected argument \"%1\"").arg(words.at(1));

    TargetBuilder::Input input;
    m_server.read(parser, &input);
    const TargetBuilder::Result built = TargetBuilder::build(input);
    if (!built.isUsable())
        return ServerOptions::describe(built.problems.constFirst());
    const Target &target = built.target;
    // The probe tests what the diagnosis would: the host as the input check
    // mends it ("smtp.example.com:587", "https://..."), or nothing.
    const HostInput::Result host = HostInput::analyze(
        target.host, target.port, target.security, ProviderCatalog::instance());
    if (!host.usable)
        return tr("--host \"%1\" names no server the probe can test").arg(target.host);
    m_spec.host = host.host;
    m_spec.port = target.port;
    m_spec.security = target.security;
    m_spec.extraPorts = target.extraPorts;
    m_spec.controlHost = target.controlHost;

    if (parser.isSet(m_valid)) {
        bool ok = false;
        m_spec.validMinutes = parser.value(m_valid).toInt(&ok);
        if (!ok || m_spec.validMinutes < 1
            || m_spec.validMinutes > SiteProbeFile::maximumValidMinutes)
            return tr("--valid must be a number of minutes from 1 to %1, not \"%2\"")
                .arg(SiteProbeFile::maximumValidMinutes)
                .arg(parser.value(m_valid));
    }
    m_folder = parser.value(m_out);
    if (m_folder.isEmpty())
        return tr("--out must name the folder to write the probe to");
    if (!QDir(m_folder).exists())
        return tr("--out \"%1\" is not a folder").arg(m_folder);
    const QString format = parser.isSet(m_format) ? parser.value(m_format) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return tr("--format must be text or json, not \"%1\"").arg(format);
    m_json = format == QLatin1String("json");
    return {};
}

int ProbeCommand::execute()
{
    QString error;
    const auto made = SiteProbeFile::make(m_spec, QDateTime::currentDateTimeUtc(), &error);
    if (!made)
        return unusable(error, name());
    QFile file(QDir(m_folder).filePath(made->fileName));
    // NewOnly: never overwrite a file (the name is random; a clash is a surprise).
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || file.write(made->text) != made->text.size() || !file.flush())
        return unusable(tr("cannot write \"%1\": %2").arg(file.fileName(), file.errorString()),
                        name());
    file.close();
    const QString path = QDir::cleanPath(QDir(m_folder).absoluteFilePath(made->fileName));
    const QString expires = made->expires.toString(Qt::ISODate);
    QTextStream output(stdout);
    if (m_json) {
        const QJsonObject object{{QStringLiteral("file"), path},
                                 {QStringLiteral("key"), made->keyText},
                                 {QStringLiteral("expires"), expires}};
        output << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    } else {
        output << tr("Probe written to %1").arg(path) << '\n'
               << tr("Key (keep it secret; it is shown only once): %1").arg(made->keyText) << '\n'
               << tr("Expires: %1 (it then answers 410 and deletes itself)").arg(expires) << '\n'
               << tr("Upload the file next to your website's pages (the folder with index.php), "
                     "then add to smtp-doctor-cli diagnose: --site-probe followed by the file's "
                     "address, and --site-key-file with a file that holds the key.")
               << '\n';
    }
    return NoFailure;
}
