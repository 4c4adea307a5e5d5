// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/SiteAnswerParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

// A hostile or broken probe may send anything: every text is cut to a
// sane length, every list to a sane count, every number to its range.
QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString().left(SiteAnswerParser::maximumTextLength);
}

int integer(const QJsonObject &object, const char *key, int low, int high)
{
    const double value = object.value(QLatin1String(key)).toDouble(0);
    if (!(value >= low))
        return low;
    if (value > high)
        return high;
    return int(value);
}

// Unix seconds, bounded to what a date can be (0 to the end of the year
// 9999): a double beyond qint64's range must never be converted as it is.
qint64 unixSeconds(const QJsonObject &object, const char *key)
{
    constexpr double latest = 253402300799.0; // 9999-12-31T23:59:59Z
    const double value = object.value(QLatin1String(key)).toDouble(0);
    if (!(value >= 0))
        return 0;
    return qint64(std::min(value, latest));
}

QStringList texts(const QJsonValue &value, int maximum = 64)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (list.size() >= maximum)
            break;
        if (item.isString())
            list.append(item.toString().left(SiteAnswerParser::maximumTextLength));
    }
    return list;
}

SiteAnswer::Environment environment(const QJsonObject &object)
{
    SiteAnswer::Environment environment;
    environment.phpVersion = text(object, "php_version");
    environment.sapi = text(object, "sapi");
    environment.os = text(object, "os");
    environment.openssl = text(object, "openssl");
    environment.maxExecutionTime = integer(object, "max_execution_time", 0, 1 << 30);
    environment.deadlineMs = integer(object, "deadline_ms", 0, 1 << 30);
    environment.disabledFunctions = texts(object.value(QLatin1String("disabled_functions")));
    environment.openBasedir = text(object, "open_basedir");
    environment.opensslCafile = text(object, "openssl_cafile");
    environment.opensslCapath = text(object, "openssl_capath");
    environment.defaultCafile = text(object, "default_cafile");
    environment.defaultCapath = text(object, "default_capath");
    environment.selinux = text(object, "selinux");
    return environment;
}

std::optional<SiteAnswer::Certificate> certificate(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    SiteAnswer::Certificate certificate;
    certificate.subject = text(object, "subject");
    certificate.issuer = text(object, "issuer");
    certificate.names = texts(object.value(QLatin1String("names")));
    certificate.notBefore = text(object, "not_before");
    certificate.notAfter = text(object, "not_after");
    certificate.sha256 = text(object, "sha256").toLower().remove(QLatin1Char(':')).left(64);
    return certificate;
}

std::optional<SiteAnswer::Tls> tls(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    SiteAnswer::Tls tls;
    tls.mode = text(object, "mode");
    // "verified" is true while the handshake ran with verification; only
    // a handshake that then completed (it has a protocol) is verified.
    const bool ranVerified = object.value(QLatin1String("verified")).toBool(false);
    tls.withoutVerification = text(object, "handshake_without_verification");
    tls.protocol = text(object, "protocol");
    tls.cipher = text(object, "cipher");
    tls.error = text(object, "error");
    tls.verified = ranVerified && tls.withoutVerification.isEmpty() && !tls.protocol.isEmpty();
    tls.certificate = certificate(object.value(QLatin1String("certificate")));
    return tls;
}

std::optional<SiteAnswer::Connect> connectResult(const QJsonObject &object)
{
    SiteAnswer::Connect connect;
    connect.role = text(object, "role");
    connect.host = text(object, "host");
    connect.address = text(object, "address");
    connect.family = text(object, "family");
    const int port = integer(object, "port", 0, 65535);
    const auto outcome = SiteAnswer::outcomeFromName(text(object, "outcome"));
    if (connect.address.isEmpty() || port == 0 || !outcome)
        return std::nullopt;
    connect.port = quint16(port);
    connect.outcome = *outcome;
    connect.error = integer(object, "errno", -1, 1 << 20);
    connect.errorText = text(object, "errstr");
    connect.ms = integer(object, "ms", 0, 1 << 30);
    if (object.contains(QLatin1String("session_ms")))
        connect.sessionMs = integer(object, "session_ms", 0, 1 << 30);
    connect.localAddress = text(object, "local");
    connect.greeting = text(object, "greeting");
    connect.ehlo = texts(object.value(QLatin1String("ehlo")));
    connect.startTlsOffered = object.value(QLatin1String("starttls_offered")).toBool(false);
    connect.tls = tls(object.value(QLatin1String("tls")));
    connect.transcript = texts(object.value(QLatin1String("transcript")), 200);
    connect.smtpError = text(object, "smtp_error");
    return connect;
}

} // namespace

SiteAnswerParser::Result SiteAnswerParser::parse(const QByteArray &body)
{
    Result result;
    if (body.trimmed().isEmpty()) {
        result.error = Error::Empty;
        return result;
    }
    if (body.size() > maximumSize) {
        result.error = Error::TooLarge;
        result.detail = QStringLiteral("%1 bytes").arg(body.size());
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = Error::NotJson;
        result.detail = parseError.error != QJsonParseError::NoError
                            ? QStringLiteral("%1 at byte %2")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset)
                            : QStringLiteral("not a JSON object");
        return result;
    }
    const QJsonObject root = document.object();
    const QString schema = text(root, "schema");
    if (schema != QLatin1String("smtp-doctor-probe/1")) {
        result.error = Error::WrongSchema;
        result.detail = schema.left(80);
        return result;
    }
    SiteAnswer answer;
    answer.nonce = text(root, "nonce");
    answer.expires = unixSeconds(root, "expires");
    answer.elapsedMs = integer(root, "elapsed_ms", 0, 1 << 30);
    answer.partial = root.value(QLatin1String("partial")).toBool(false);
    if (const QJsonValue deleted = root.value(QLatin1String("deleted")); deleted.isBool())
        answer.deletedItself = deleted.toBool();
    if (!root.value(QLatin1String("environment")).isObject()) {
        result.error = Error::Malformed;
        result.detail = QStringLiteral("no environment");
        return result;
    }
    answer.environment = environment(root.value(QLatin1String("environment")).toObject());
    for (const QJsonValue &value : root.value(QLatin1String("hosts")).toArray()) {
        if (answer.hosts.size() >= 8)
            break;
        const QJsonObject object = value.toObject();
        SiteAnswer::Resolution resolution;
        resolution.role = text(object, "role");
        resolution.host = text(object, "host");
        resolution.addresses = texts(object.value(QLatin1String("addresses")));
        resolution.error = text(object, "error");
        if (!resolution.host.isEmpty())
            answer.hosts.append(resolution);
    }
    const QJsonArray connects = root.value(QLatin1String("connects")).toArray();
    if (connects.size() > maximumConnects) {
        result.error = Error::Malformed;
        result.detail = QStringLiteral("%1 connects").arg(connects.size());
        return result;
    }
    for (const QJsonValue &value : connects) {
        const auto connect = connectResult(value.toObject());
        if (!connect) {
            result.error = Error::Malformed;
            result.detail = QStringLiteral("a connect without address, port or outcome");
            return result;
        }
        answer.connects.append(*connect);
    }
    result.answer = answer;
    return result;
}

QString SiteAnswerParser::errorName(Error error)
{
    switch (error) {
    case Error::None:
        return QStringLiteral("none");
    case Error::Empty:
        return QStringLiteral("empty");
    case Error::TooLarge:
        return QStringLiteral("too large");
    case Error::NotJson:
        return QStringLiteral("not JSON");
    case Error::WrongSchema:
        return QStringLiteral("another schema");
    case Error::Malformed:
        return QStringLiteral("malformed");
    }
    return {};
}
