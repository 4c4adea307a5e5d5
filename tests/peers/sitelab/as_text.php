<?php
// SPDX-License-Identifier: GPL-3.0-or-later
// sitelab's "PHP not executed" web server: php -S with this router sends
// every file as plain text, as a host does whose PHP handler is missing.
$name = basename(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
$file = $_SERVER['DOCUMENT_ROOT'] . '/' . $name;
if ($name === '' || !is_file($file)) {
    http_response_code(404);
    exit;
}
header('Content-Type: text/plain');
readfile($file);
