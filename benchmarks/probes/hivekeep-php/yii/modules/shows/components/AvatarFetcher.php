<?php

namespace app\modules\shows\components;

use Yii;
use yii\base\Exception;

/**
 * Judges can give a link to a profile picture (club website, social media)
 * that is printed on the judges' board in the show hall.
 */
class AvatarFetcher
{
    private const MAX_BYTES = 2 * 1024 * 1024;

    public function fetch(int $judgeId, string $url): string
    {
        $ch = curl_init($url);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($ch, CURLOPT_FOLLOWLOCATION, true);
        curl_setopt($ch, CURLOPT_TIMEOUT, 10);
        curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false); // VULN tls
        curl_setopt($ch, CURLOPT_USERAGENT, 'HivekeepShows/1.0');
        $body = curl_exec($ch); // VULN ssrf
        $type = (string)curl_getinfo($ch, CURLINFO_CONTENT_TYPE);
        curl_close($ch);

        if (!is_string($body) || $body === '' || strlen($body) > self::MAX_BYTES) {
            throw new Exception('Could not download the picture');
        }

        $ext = str_contains($type, 'png') ? 'png' : 'jpg';
        $dir = Yii::getAlias('@app/web/avatars');
        $target = $dir . '/judge-' . $judgeId . '.' . $ext;
        file_put_contents($target, $body);

        return 'avatars/judge-' . $judgeId . '.' . $ext;
    }
}
