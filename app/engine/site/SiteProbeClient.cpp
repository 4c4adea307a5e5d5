// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/SiteProbeClient.h"

#include "core/CheckName.h"
#include "findings/FindingIds.h"
#include "site/SiteAnswerParser.h"
#include "site/SiteCrypto.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

const QByteArray timeHeader = QByteArrayLiteral("X-SMTP-Doctor-Time");
const QByteArray nonceHeader = QByteArrayLiteral("X-SMTP-Doctor-Nonce");
const QByteArray macHeader = QByteArrayLiteral("X-SMTP-Doctor-MAC");
const QByteArray thenHeader = QByteArrayLiteral("X-SMTP-Doctor-Then");
const QByteArray phpOpening = QByteArrayLiteral("<?php");

QString networkErrorName(QNetworkReply::NetworkError error)
{
    return QString::fromLatin1(
        QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error));
}

int httpStatus(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QString firstBytes(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(160)).simplified();
    return text.isEmpty() ? QStringLiteral("(empty)") : text;
}

bool looksLikeHtml(QNetworkReply *reply, const QByteArray &body)
{
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const QByteArray start = body.trimmed().left(64).toLower();
    return type.contains(QLatin1String("html"), Qt::CaseInsensitive)
           || start.startsWith("<!doctype") || start.startsWith("<html");
}

} // namespace

SiteProbeClient::SiteProbeClient(const QUrl &url,
                                 const QByteArray &key,
                                 QNetworkAccessManager *network,
                                 EventLog *log,
                                 QObject *parent)
    : Check(CheckName::site(), log, parent)
    , m_url(url)
    , m_key(key)
    , m_network(network)
{
    setDeadline(defaultDeadlineMs);
}

SiteProbeClient::~SiteProbeClient()
{
    abort();
}

bool SiteProbeClient::isUsable() const
{
    return m_answer.has_value();
}

void SiteProbeClient::run()
{
    const QString scheme = m_url.scheme().toLower();
    if (!m_url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || m_url.host().isEmpty()) {
        unreachable(QStringLiteral("#url"), m_url.toString(), {});
        finish();
        return;
    }
    reportProgress(tr("Asking the probe on your website"));
    m_reply = send(QByteArrayLiteral("GET"), &m_nonce);
    connect(m_reply, &QNetworkReply::finished, this, &SiteProbeClient::onAnswer);
}

QNetworkReply *SiteProbeClient::send(const QByteArray &method, QByteArray *nonce)
{
    *nonce = m_fixedNonce.isEmpty()
                 ? SiteCrypto::base64Url(SiteCrypto::randomBytes(SiteCrypto::nonceBytes)).toLatin1()
                 : m_fixedNonce;
    m_fixedNonce.clear();
    const qint64 now = m_clock ? m_clock() : QDateTime::currentSecsSinceEpoch();
    QByteArray path = m_url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    QNetworkRequest request(m_url);
    // A redirect goes to a login page or a WAF's: it is a finding, not a place to follow.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setRawHeader(timeHeader, QByteArray::number(now));
    request.setRawHeader(nonceHeader, *nonce);
    request.setRawHeader(
        macHeader,
        SiteCrypto::macHex(m_key, SiteCrypto::requestMessage(method, path, now, *nonce)));
    // The probe goes in the same request as its answer: a DELETE is what
    // web application firewalls most often refuse (ModSecurity's Core Rule
    // Set allows GET, HEAD, POST and OPTIONS). Unsigned: the signed answer
    // says whether the file went, and a DELETE follows when it did not.
    if (method == "GET" && m_deleteAtEnd)
        request.setRawHeader(thenHeader, QByteArrayLiteral("delete"));
    // The URL and the method only: the MAC and the key stay out of the log.
    log(Event::Kind::Sent,
        QStringLiteral("%1 %2").arg(QString::fromLatin1(method),
                                    m_url.toString(QUrl::RemoveQuery)));
    QNetworkReply *reply = m_network->sendCustomRequest(request, method);
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > maximumAnswerSize)
            reply->abort();
    });
    return reply;
}

bool SiteProbeClient::verified(QNetworkReply *reply,
                               const QByteArray &nonce,
                               const QByteArray &body) const
{
    const QByteArray given = reply->rawHeader(macHeader).trimmed().toLower();
    const QByteArray expected = SiteCrypto::macHex(m_key, SiteCrypto::answerMessage(nonce, body));
    return !given.isEmpty() && SiteCrypto::macEquals(expected, given);
}

void SiteProbeClient::onAnswer()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const int status = httpStatus(reply);
    const qint64 received = body.size();
    log(Event::Kind::Received,
        QStringLiteral("HTTP %1, %2 bytes, %3")
            .arg(status)
            .arg(received)
            .arg(networkErrorName(reply->error())));
    const QStringList evidence{QStringLiteral("GET %1").arg(m_url.toString(QUrl::RemoveQuery)),
                               QStringLiteral("HTTP status %1, %2 bytes").arg(status).arg(received),
                               QStringLiteral("network result: %1 (%2)")
                                   .arg(networkErrorName(reply->error()), reply->errorString()),
                               QStringLiteral("answer begins: %1").arg(firstBytes(body))};

    // Only the size limit aborts a reply that still reaches here (a cancel
    // disconnects first); and a fast server's whole body can arrive before
    // the progress signal that would have stopped it.
    if (reply->error() == QNetworkReply::OperationCanceledError || received > maximumAnswerSize) {
        unreachable(
            QStringLiteral("#oversized"), QString::number(maximumAnswerSize / 1024), evidence);
        finish();
        return;
    }
    if (status == 0
        || (reply->error() != QNetworkReply::NoError
            && reply->error() < QNetworkReply::ProxyConnectionRefusedError)) {
        // No HTTP answer at all (DNS, connection, TLS), or one the network
        // cut short (the connection closed before the whole body came):
        // Qt's errors below 100 are the network's. The enum is the fact.
        unreachable(QStringLiteral("#network"), reply->errorString(), evidence);
        finish();
        return;
    }
    if (status == 404 && body.isEmpty()) {
        rejected(QStringLiteral("#not_found"), QString(), evidence);
        finish();
        return;
    }
    if (status == 410) {
        rejected(QStringLiteral("#expired"), QString(), evidence);
        m_deletion = Deletion::Deleted;
        m_deletionDetail = QStringLiteral("the probe had expired and deleted itself");
        finish();
        return;
    }
    if (body.trimmed().startsWith(phpOpening) || body.contains("$sdp_config")) {
        // The server sent the file instead of running it: its key is public now.
        unreachable(QStringLiteral("#source"), QString(), evidence);
        finish();
        return;
    }
    if (status >= 300 && status < 400) {
        unreachable(QStringLiteral("#redirect"),
                    QString::fromUtf8(reply->rawHeader("Location")).left(200),
                    evidence);
        finish();
        return;
    }
    if (!verified(reply, m_nonce, body)) {
        const bool html = looksLikeHtml(reply, body);
        if (html || status != 200)
            unreachable(html ? QStringLiteral("#html") : QStringLiteral("#http"),
                        QString::number(status),
                        evidence);
        else
            unreachable(QStringLiteral("#unsigned"), QString(), evidence);
        finish();
        return;
    }
    // From here on the answer is the probe's own.
    if (status == 403) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const QString reason = object.value(QLatin1String("error")).toString();
        const qint64 serverTime = qint64(object.value(QLatin1String("server_time")).toDouble());
        if (reason == QLatin1String("clock")) {
            const qint64 here = m_clock ? m_clock() : QDateTime::currentSecsSinceEpoch();
            rejected(QStringLiteral("#clock"), QString::number(here - serverTime), evidence);
            // The delete is signed with the server's clock, which it just told us.
            const qint64 offset = serverTime - QDateTime::currentSecsSinceEpoch();
            m_clock = [offset] {
                return QDateTime::currentSecsSinceEpoch() + offset;
            };
        } else if (reason == QLatin1String("replay")) {
            rejected(QStringLiteral("#replay"), QString(), evidence);
        } else {
            rejected(QStringLiteral("#other"), reason.left(80), evidence);
        }
        sendDelete();
        return;
    }
    const SiteAnswerParser::Result parsed = SiteAnswerParser::parse(body);
    if (!parsed.answer || parsed.answer->nonce != QString::fromLatin1(m_nonce)) {
        QStringList more = evidence;
        more.append(QStringLiteral("parser: %1 %2")
                        .arg(SiteAnswerParser::errorName(parsed.error), parsed.detail));
        unreachable(QStringLiteral("#malformed"),
                    parsed.answer ? QStringLiteral("nonce")
                                  : SiteAnswerParser::errorName(parsed.error),
                    more);
        sendDelete();
        return;
    }
    m_answer = parsed.answer;
    log(Event::Kind::Note,
        QStringLiteral("the probe answered: PHP %1 (%2), %3 connects in %4 ms")
            .arg(m_answer->environment.phpVersion, m_answer->environment.sapi)
            .arg(m_answer->connects.size())
            .arg(m_answer->elapsedMs));
    if (m_deleteAtEnd && m_answer->deletedItself.value_or(false)) {
        m_deletion = Deletion::Deleted;
        m_deletionDetail = QStringLiteral("the probe deleted itself after its answer");
        log(Event::Kind::Note, m_deletionDetail);
        finish();
        return;
    }
    sendDelete();
}

void SiteProbeClient::sendDelete()
{
    if (!m_deleteAtEnd) {
        finish();
        return;
    }
    reportProgress(tr("Deleting the probe from your website"));
    m_reply = send(QByteArrayLiteral("DELETE"), &m_nonce);
    connect(m_reply, &QNetworkReply::finished, this, &SiteProbeClient::onDeleted);
}

void SiteProbeClient::onDeleted()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const int status = httpStatus(reply);
    log(Event::Kind::Received, QStringLiteral("HTTP %1 to the delete").arg(status));
    const bool deleted = status == 200 && verified(reply, m_nonce, body)
                         && QJsonDocument::fromJson(body)
                                .object()
                                .value(QLatin1String("deleted"))
                                .toBool(false);
    m_deletion = deleted ? Deletion::Deleted : Deletion::Failed;
    m_deletionDetail = QStringLiteral("HTTP %1 (%2)")
                           .arg(status)
                           .arg(networkErrorName(reply->error()));
    if (!deleted)
        addFinding(QLatin1String(FindingId::SiteProbeNotDeleted),
                   {m_url.toString(QUrl::RemoveQuery), m_deletionDetail},
                   {QStringLiteral("DELETE %1: %2")
                        .arg(m_url.toString(QUrl::RemoveQuery), m_deletionDetail)});
    finish();
}

void SiteProbeClient::abort()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void SiteProbeClient::onDeadline()
{
    const QString seconds = QString::number(deadline() / 1000);
    if (!m_answer)
        unreachable(QStringLiteral("#timeout"),
                    seconds,
                    {QStringLiteral("no answer within %1 s").arg(seconds)});
    if (m_deletion == Deletion::NotTried && m_deleteAtEnd) {
        m_deletion = Deletion::Failed;
        m_deletionDetail = QStringLiteral("no time left for the delete");
        addFinding(QLatin1String(FindingId::SiteProbeNotDeleted),
                   {m_url.toString(QUrl::RemoveQuery), m_deletionDetail},
                   {m_deletionDetail});
    }
}

void SiteProbeClient::unreachable(const QString &variant,
                                  const QString &detail,
                                  const QStringList &evidence)
{
    addFinding(QLatin1String(FindingId::SiteProbeUnreachable) + variant,
               {m_url.toString(QUrl::RemoveQuery), detail},
               evidence);
}

void SiteProbeClient::rejected(const QString &variant,
                               const QString &detail,
                               const QStringList &evidence)
{
    addFinding(QLatin1String(FindingId::SiteProbeRejected) + variant,
               {m_url.toString(QUrl::RemoveQuery), detail},
               evidence);
}
