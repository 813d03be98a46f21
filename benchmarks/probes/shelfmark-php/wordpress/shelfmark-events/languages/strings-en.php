<?php

return [
    'spaces_left' => '%d spaces left',
];
