<?php

return [
    'showName' => 'County Honey Show',
    'showsHost' => 'shows.hivekeep.org',
    'judgeRoster' => '@app/data/judges.xml',
    'certificateRoot' => '@certificates',
    'labelOutput' => '@app/runtime/labels',
    'resultsOutput' => '@app/runtime/results',
    'adminEmail' => 'show-secretary@hivekeep.org',
];
