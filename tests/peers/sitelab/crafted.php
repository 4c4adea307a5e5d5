<?php
// SPDX-License-Identifier: GPL-3.0-or-later
// sitelab's crafted answers: /NAME.php answers as DOCUMENT_ROOT/NAME.json
// says (written by the test), so the client meets what no honest probe
// sends: an HTML login page, a redirect, a truncated, oversized or hostile
// body. With "key" the answer carries a right MAC over the request's nonce.
//   {"status": 200, "content_type": "...", "body": "... @NONCE@ ...",
//    "key": "hex", "repeat": N (the body N times), "truncate": BYTES
//    (announce the whole body, send only that many bytes), "headers": {...},
//    "sleep": SECONDS}
$name = basename(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH), '.php');
$case = json_decode((string) @file_get_contents($_SERVER['DOCUMENT_ROOT'] . '/' . $name . '.json'), true);
if (!is_array($case)) {
    http_response_code(404);
    exit;
}
$nonce = isset($_SERVER['HTTP_X_SMTP_DOCTOR_NONCE']) ? $_SERVER['HTTP_X_SMTP_DOCTOR_NONCE'] : '';
$body = str_replace('@NONCE@', $nonce, isset($case['body']) ? $case['body'] : '');
if (isset($case['repeat'])) {
    $body = str_repeat($body, (int) $case['repeat']);
}
if (isset($case['sleep'])) {
    sleep((int) $case['sleep']);
}
http_response_code(isset($case['status']) ? (int) $case['status'] : 200);
header('Content-Type: ' . (isset($case['content_type']) ? $case['content_type'] : 'application/json'));
if (isset($case['headers'])) {
    foreach ($case['headers'] as $header => $value) {
        header($header . ': ' . $value);
    }
}
if (isset($case['key'])) {
    $mac = hash_hmac('sha256', "smtp-doctor-probe/1 answer\n" . $nonce . "\n" . $body, pack('H*', $case['key']));
    header('X-SMTP-Doctor-MAC: ' . $mac);
}
if (isset($case['truncate'])) {
    header('Content-Length: ' . strlen($body));
    echo substr($body, 0, (int) $case['truncate']);
    flush();
    exit;
}
echo $body;
