// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapSession.h"

#include "imap/CertificateChainCheck.h"

#include <QMutexLocker>
#include <QTimeZone>

#include <libetpan/libetpan.h>

#include <cerrno>
#include <cstring>

namespace {

// A reply line longer than this is the message itself: its headers reach
// the report through the message's own findings, not the transcript.
constexpr int maxLoggedChars = 300;

QString loggable(const char *data, size_t size)
{
    QString text = QString::fromUtf8(data, qsizetype(qMin<size_t>(size, maxLoggedChars * 2)));
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    if (text.size() > maxLoggedChars)
        text = text.left(maxLoggedChars) + QStringLiteral(" [\u2026 %1 bytes]").arg(size);
    return text;
}

bool isSignInCommand(const QString &line)
{
    // "a002 LOGIN user secret", "a002 AUTHENTICATE XOAUTH2 token".
    const QString command = line.section(QLatin1Char(' '), 1, 1).toUpper();
    return command == QLatin1String("LOGIN") || command == QLatin1String("AUTHENTICATE");
}

QList<QByteArray> certificateChainOf(mailstream *stream)
{
    QList<QByteArray> chain;
    carray *certificates = stream ? mailstream_get_certificate_chain(stream) : nullptr;
    if (!certificates)
        return chain;
    for (unsigned int i = 0; i < carray_count(certificates); ++i) {
        auto *der = static_cast<MMAPString *>(carray_get(certificates, i));
        chain.append(QByteArray(der->str, qsizetype(der->len)));
    }
    mailstream_certificate_chain_free(certificates);
    return chain;
}

QDateTime dateTimeOf(const mailimap_date_time *date)
{
    if (!date)
        return {};
    // dt_zone is the "+hhmm" of RFC 3501's date-time as a number (-0130: -130).
    const int offsetSeconds = (date->dt_zone / 100) * 3600 + (date->dt_zone % 100) * 60;
    return QDateTime(QDate(date->dt_year, date->dt_month, date->dt_day),
                     QTime(date->dt_hour, date->dt_min, date->dt_sec),
                     QTimeZone(offsetSeconds));
}

QString quoted(const char *text)
{
    return text ? QString::fromUtf8(text).trimmed() : QString();
}

} // namespace

ImapSession::ImapSession(const ImapAccount &account, Logger logger)
    : m_account(account)
    , m_logger(std::move(logger))
{
    m_session = mailimap_new(0, nullptr);
    mailimap_set_timeout(m_session, time_t(qMax(1, m_account.stepTimeoutSeconds)));
    mailimap_set_logger(m_session, &ImapSession::logThunk, this);
}

ImapSession::~ImapSession()
{
    QMutexLocker locker(&m_cancelLock);
    mailimap_free(m_session);
}

void ImapSession::logThunk(mailimap *, int type, const char *data, size_t size, void *context)
{
    static_cast<ImapSession *>(context)->onLog(type, data, size);
}

void ImapSession::onLog(int type, const char *data, size_t size)
{
    if (!data || size == 0)
        return;
    if (type == MAILSTREAM_LOG_TYPE_DATA_SENT_PRIVATE) {
        // libetpan marks the password of LOGIN private: it is never logged.
        if (!m_secretWithheldLogged)
            m_logger(Event::Kind::Sent, QStringLiteral("[secret withheld]"));
        m_secretWithheldLogged = true;
        return;
    }
    if (type != MAILSTREAM_LOG_TYPE_DATA_SENT && type != MAILSTREAM_LOG_TYPE_DATA_RECEIVED)
        return;
    QString text = loggable(data, size);
    const bool sent = type == MAILSTREAM_LOG_TYPE_DATA_SENT;
    if (sent && isSignInCommand(text))
        text = text.section(QLatin1Char(' '), 0, 1) + QStringLiteral(" [secret withheld]");
    // A second guard: whatever libetpan marks, the secret itself never goes on.
    for (const QString &secret : {m_account.password, m_account.token}) {
        if (secret.size() >= 1 && text.contains(secret))
            text.replace(secret, QStringLiteral("[secret withheld]"));
    }
    if (sent)
        m_secretWithheldLogged = false;
    m_logger(sent ? Event::Kind::Sent : Event::Kind::Received, text);
}

std::optional<ImapSession::Problem> ImapSession::open()
{
    // RFC 8314 section 3 and RFC 3501 section 11.1: no secret without TLS
    // unless the user chose so, as --allow-cleartext-auth does for SMTP.
    if (m_account.security == ImapAccount::Security::None && !m_account.allowCleartextAuth)
        return Problem{Failure::CleartextRefused, QStringLiteral("no TLS chosen")};
    if (auto problem = connectAndSecure())
        return problem;
    return signIn();
}

std::optional<ImapSession::Problem> ImapSession::connectAndSecure()
{
    const QByteArray host = m_account.host.toUtf8();
    m_logger(Event::Kind::Connect,
             QStringLiteral("IMAP %1 port %2 (%3)")
                 .arg(m_account.host)
                 .arg(m_account.port)
                 .arg(ImapAccount::securityName(m_account.security)));
    errno = 0;
    const int connected = m_account.security == ImapAccount::Security::Tls
                              ? mailimap_ssl_connect(m_session, host.constData(), m_account.port)
                              : mailimap_socket_connect(
                                  m_session, host.constData(), m_account.port);
    const int connectErrno = errno;
    if (m_cancelled)
        return Problem{Failure::Cancelled, {}};
    if (connected != MAILIMAP_NO_ERROR_AUTHENTICATED
        && connected != MAILIMAP_NO_ERROR_NON_AUTHENTICATED) {
        if (connected == MAILIMAP_ERROR_SSL)
            return Problem{Failure::Tls, QStringLiteral("TLS handshake failed")};
        const QString why = connectErrno ? QString::fromLocal8Bit(std::strerror(connectErrno))
                                         : QStringLiteral("libetpan error %1").arg(connected);
        return Problem{Failure::Connect, why};
    }
    if (m_account.security == ImapAccount::Security::StartTls) {
        mailimap_capability_data *capabilities = nullptr;
        if (mailimap_capability(m_session, &capabilities) == MAILIMAP_NO_ERROR)
            mailimap_capability_data_free(capabilities);
        if (!mailimap_has_extension(m_session, const_cast<char *>("STARTTLS")))
            return Problem{Failure::StartTlsMissing, QStringLiteral("no STARTTLS in CAPABILITY")};
        // RFC 3501 section 6.2.1; afterwards the capabilities are asked again.
        const int upgraded = mailimap_socket_starttls(m_session);
        if (m_cancelled)
            return Problem{Failure::Cancelled, {}};
        if (upgraded != MAILIMAP_NO_ERROR)
            return Problem{Failure::Tls, QStringLiteral("STARTTLS failed (%1)").arg(upgraded)};
    }
    if (m_account.security != ImapAccount::Security::None) {
        if (auto problem = checkCertificate())
            return problem;
    }
    return std::nullopt;
}

std::optional<ImapSession::Problem> ImapSession::checkCertificate()
{
    const auto result = CertificateChainCheck::check(
        certificateChainOf(m_session->imap_stream), m_account.host, m_account.caFile);
    const QString verdict = CertificateChainCheck::verdictName(result.verdict);
    m_logger(Event::Kind::Tls,
             result.detail.isEmpty()
                 ? QStringLiteral("certificate %1").arg(verdict)
                 : QStringLiteral("certificate %1: %2").arg(verdict, result.detail));
    if (result.verdict == CertificateChainCheck::Verdict::Trusted)
        return std::nullopt;
    return Problem{Failure::Certificate, verdict + QStringLiteral(": ") + result.detail};
}

std::optional<ImapSession::Problem> ImapSession::signIn()
{
    mailimap_capability_data *capabilities = nullptr;
    if (mailimap_capability(m_session, &capabilities) == MAILIMAP_NO_ERROR)
        mailimap_capability_data_free(capabilities);
    const QByteArray user = m_account.user.toUtf8();
    int result = MAILIMAP_NO_ERROR;
    if (!m_account.token.isEmpty()) {
        // Google's and Microsoft's XOAUTH2 (libetpan's mailimap_oauth2_authenticate).
        const QByteArray token = m_account.token.toUtf8();
        result = mailimap_oauth2_authenticate(m_session, user.constData(), token.constData());
    } else {
        // RFC 3501 section 6.2.3: LOGINDISABLED where the server wants TLS first.
        if (mailimap_has_extension(m_session, const_cast<char *>("LOGINDISABLED")))
            return Problem{Failure::CleartextRefused, QStringLiteral("LOGINDISABLED")};
        const QByteArray password = m_account.password.toUtf8();
        result = mailimap_login(m_session, user.constData(), password.constData());
    }
    if (m_cancelled)
        return Problem{Failure::Cancelled, {}};
    if (result == MAILIMAP_NO_ERROR)
        return std::nullopt;
    if (result == MAILIMAP_ERROR_LOGIN || result == MAILIMAP_ERROR_EXTENSION
        || result == MAILIMAP_ERROR_SASL)
        return Problem{Failure::SignIn, quoted(m_session->imap_response)};
    return commandFailed(result);
}

ImapSession::Problem ImapSession::commandFailed(int code) const
{
    if (m_cancelled)
        return Problem{Failure::Cancelled, {}};
    if (code == MAILIMAP_ERROR_STREAM)
        return Problem{Failure::Connect, QStringLiteral("the server closed the connection")};
    const QString words = quoted(m_session->imap_response);
    return Problem{Failure::Protocol,
                   words.isEmpty() ? QStringLiteral("libetpan error %1").arg(code) : words};
}

std::optional<QList<ListedMailbox>> ImapSession::list(Problem *problem)
{
    clist *mailboxes = nullptr;
    // RFC 6154 section 2: the server puts \Junk among the LIST flags.
    const int result = mailimap_list(m_session, "", "*", &mailboxes);
    if (result != MAILIMAP_NO_ERROR) {
        *problem = commandFailed(result);
        return std::nullopt;
    }
    QList<ListedMailbox> listed;
    for (clistiter *it = clist_begin(mailboxes); it; it = clist_next(it)) {
        auto *entry = static_cast<mailimap_mailbox_list *>(clist_content(it));
        ListedMailbox mailbox;
        mailbox.name = QString::fromUtf8(entry->mb_name);
        mailbox.delimiter = entry->mb_delimiter ? QChar::fromLatin1(entry->mb_delimiter) : QChar();
        if (mailimap_mbx_list_flags *flags = entry->mb_flag) {
            if (flags->mbf_type == MAILIMAP_MBX_LIST_FLAGS_SFLAG
                && flags->mbf_sflag == MAILIMAP_MBX_LIST_SFLAG_NOSELECT)
                mailbox.flags.append(QStringLiteral("\\Noselect"));
            for (clistiter *f = clist_begin(flags->mbf_oflags); f; f = clist_next(f)) {
                auto *flag = static_cast<mailimap_mbx_list_oflag *>(clist_content(f));
                if (flag->of_type != MAILIMAP_MBX_LIST_OFLAG_FLAG_EXT || !flag->of_flag_ext)
                    continue;
                // libetpan keeps the atom after the backslash.
                const QString name = QString::fromUtf8(flag->of_flag_ext);
                mailbox.flags.append(name.startsWith(QLatin1Char('\\')) ? name
                                                                        : QLatin1Char('\\') + name);
            }
        }
        listed.append(mailbox);
    }
    mailimap_list_result_free(mailboxes);
    return listed;
}

std::optional<QList<quint32>> ImapSession::search(const QString &mailbox,
                                                  const QByteArray &messageId,
                                                  Problem *problem)
{
    const QByteArray name = mailbox.toUtf8();
    int result = mailimap_examine(m_session, name.constData());
    if (result != MAILIMAP_NO_ERROR) {
        *problem = commandFailed(result);
        return std::nullopt;
    }
    mailimap_search_key *key = mailimap_search_key_new_header(strdup("Message-ID"),
                                                              strdup(messageId.constData()));
    clist *found = nullptr;
    result = mailimap_uid_search(m_session, nullptr, key, &found);
    mailimap_search_key_free(key);
    if (result != MAILIMAP_NO_ERROR) {
        *problem = commandFailed(result);
        return std::nullopt;
    }
    QList<quint32> uids;
    for (clistiter *it = clist_begin(found); it; it = clist_next(it))
        uids.append(*static_cast<uint32_t *>(clist_content(it)));
    mailimap_search_result_free(found);
    return uids;
}

std::optional<ImapSession::Fetched> ImapSession::fetch(quint32 uid, Problem *problem)
{
    mailimap_fetch_type *type = mailimap_fetch_type_new_fetch_att_list_empty();
    mailimap_fetch_type_new_fetch_att_list_add(
        type, mailimap_fetch_att_new_body_peek_section(mailimap_section_new(nullptr)));
    mailimap_fetch_type_new_fetch_att_list_add(type, mailimap_fetch_att_new_internaldate());
    mailimap_set *set = mailimap_set_new_single(uid);
    clist *messages = nullptr;
    const int result = mailimap_uid_fetch(m_session, set, type, &messages);
    mailimap_set_free(set);
    mailimap_fetch_type_free(type);
    if (result != MAILIMAP_NO_ERROR) {
        *problem = commandFailed(result);
        return std::nullopt;
    }
    Fetched fetched;
    bool gotBody = false;
    for (clistiter *it = clist_begin(messages); it; it = clist_next(it)) {
        auto *message = static_cast<mailimap_msg_att *>(clist_content(it));
        for (clistiter *a = clist_begin(message->att_list); a; a = clist_next(a)) {
            auto *item = static_cast<mailimap_msg_att_item *>(clist_content(a));
            if (item->att_type != MAILIMAP_MSG_ATT_ITEM_STATIC)
                continue;
            const mailimap_msg_att_static *attribute = item->att_data.att_static;
            if (attribute->att_type == MAILIMAP_MSG_ATT_BODY_SECTION
                && attribute->att_data.att_body_section->sec_body_part) {
                const auto *section = attribute->att_data.att_body_section;
                fetched.source = QByteArray(section->sec_body_part, qsizetype(section->sec_length));
                gotBody = true;
            } else if (attribute->att_type == MAILIMAP_MSG_ATT_INTERNALDATE) {
                fetched.internalDate = dateTimeOf(attribute->att_data.att_internal_date);
            }
        }
    }
    mailimap_fetch_list_free(messages);
    if (!gotBody) {
        *problem = Problem{Failure::Protocol, QStringLiteral("no message in the FETCH reply")};
        return std::nullopt;
    }
    return fetched;
}

void ImapSession::logout()
{
    if (!m_cancelled && m_session->imap_stream)
        mailimap_logout(m_session);
}

void ImapSession::cancel()
{
    m_cancelled = true;
    QMutexLocker locker(&m_cancelLock);
    if (m_session && m_session->imap_stream)
        mailstream_cancel(m_session->imap_stream);
}

QString ImapSession::failureName(Failure failure)
{
    switch (failure) {
    case Failure::Connect:
        return QStringLiteral("connect");
    case Failure::Tls:
        return QStringLiteral("tls");
    case Failure::Certificate:
        return QStringLiteral("certificate");
    case Failure::StartTlsMissing:
        return QStringLiteral("starttls_missing");
    case Failure::CleartextRefused:
        return QStringLiteral("cleartext_refused");
    case Failure::SignIn:
        return QStringLiteral("sign_in");
    case Failure::Protocol:
        return QStringLiteral("protocol");
    case Failure::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}
