<?php

return [
    'spaces_left' => '%d lle ar ôl',
];
