<?php

// filter_input() with no filter, FILTER_DEFAULT or FILTER_UNSAFE_RAW hands back the raw value
function search_page(\PDO $pdo): void
{
    $q = filter_input(INPUT_GET, 'q');
    // ruleid: trace.php.xss.tainted-echo
    echo '<h2>Results for ' . $q . '</h2>';
    $dir = filter_input(INPUT_POST, 'dir', FILTER_UNSAFE_RAW);
    // ruleid: trace.php.command-injection.tainted-command
    shell_exec('ls ' . $dir);
    $sort = filter_input(INPUT_GET, 'sort', FILTER_DEFAULT);
    // ruleid: trace.php.sql-injection.tainted-query
    $pdo->query("SELECT * FROM books ORDER BY " . $sort);
    $all = filter_input_array(INPUT_POST);
    // ruleid: trace.php.sql-injection.tainted-query
    $pdo->query("SELECT * FROM books WHERE title = '" . $all['title'] . "'");
    // a validating filter gives a number or false
    $page = filter_input(INPUT_GET, 'page', FILTER_VALIDATE_INT);
    // ok: trace.php.sql-injection.tainted-query
    $pdo->query("SELECT * FROM books LIMIT 20 OFFSET " . $page);
    // the process's environment is no request data
    $home = filter_input(INPUT_ENV, 'HOME');
    // ok: trace.php.command-injection.tainted-command
    shell_exec('ls ' . $home);
}

// every non-digit (or non-word character) stripped: no dot or slash is left
function archive_folder(): void
{
    $student = preg_replace('/\D/', '', $_GET['student']);
    // ok: trace.php.path-traversal.tainted-file-path
    mkdir('/srv/archive/' . $student, 0750, true);
    $tag = preg_replace('/\W+/', '-', $_GET['tag']);
    // ok: trace.php.path-traversal.tainted-file-path
    mkdir('/srv/tags/' . $tag, 0750, true);
    $loose = preg_replace('/\s+/', '-', $_GET['tag']);
    // ruleid: trace.php.path-traversal.tainted-file-path
    mkdir('/srv/tags/' . $loose, 0750, true);
}

// a file read by a path from the request: the path is the path rule's; what the file holds
// is the file's own data
function show_note(): void
{
    // ruleid: trace.php.path-traversal.tainted-file-path
    $text = file_get_contents('/srv/notes/' . $_GET['note']);
    // ok: trace.php.xss.tainted-echo
    echo $text;
    // the request body is the request's
    // ruleid: trace.php.xss.tainted-echo
    echo file_get_contents('php://input');
}
