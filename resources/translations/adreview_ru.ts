<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CaseFileKind</name>
    <message>
        <source>Advertisers (CSV)</source>
        <translation>Рекламодатели (CSV)</translation>
    </message>
    <message>
        <source>Cases (CSV)</source>
        <translation>Кейсы (CSV)</translation>
    </message>
    <message>
        <source>Case file (JSON)</source>
        <translation>Файл кейсов (JSON)</translation>
    </message>
    <message>
        <source>CSV, kind unknown</source>
        <translation>CSV неизвестного вида</translation>
    </message>
    <message>
        <source>Evidence (CSV)</source>
        <translation>Доказательства (CSV)</translation>
    </message>
</context>
<context>
    <name>FileDrop</name>
    <message>
        <source>drop .json or .csv case files, or .%1 sync bundles</source>
        <translation>перетащите сюда файлы кейсов .json или .csv либо пакеты синхронизации .%1</translation>
    </message>
    <message>
        <source>Only files can be dropped here: %1.</source>
        <translation>Сюда можно перетаскивать только файлы: %1.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer: %2.</source>
        <translation>%1 — не файл на этом компьютере: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>%1 нельзя импортировать: %2.</translation>
    </message>
    <message>
        <source>Drop case files or sync bundles, not both at once.</source>
        <translation>Перетащите либо файлы кейсов, либо пакеты синхронизации, но не всё сразу.</translation>
    </message>
</context>
<context>
    <name>RevisionText</name>
    <message>
        <source>no status</source>
        <translation>без статуса</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2 (by %3)</source>
        <translation>%1 → %2 (на %3)</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>excerpt</source>
        <translation>выдержка</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>номер документа</translation>
    </message>
    <message>
        <source>jurisdiction</source>
        <translation>юрисдикция</translation>
    </message>
    <message>
        <source>%1 corrected</source>
        <translation>исправлено: %1</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>пересмотрено</translation>
    </message>
    <message>
        <source>%1: revised on %2</source>
        <translation>%1: пересмотрено %2</translation>
    </message>
    <message>
        <source>%1 %2: %3 on %4</source>
        <translation>%1 %2: %3, %4</translation>
    </message>
</context>
<context>
    <name>adreview::Actions</name>
    <message>
        <source>&amp;New Database…</source>
        <translation>Со&amp;здать базу данных…</translation>
    </message>
    <message>
        <source>Create an empty database</source>
        <translation>Создать пустую базу данных</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Открыть другую базу данных</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Close AdReview</source>
        <translation>Закрыть AdReview</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>Your reviewer name and this device&apos;s label</source>
        <translation>Ваше имя модератора и метка этого устройства</translation>
    </message>
    <message>
        <source>&amp;Next Case</source>
        <translation>&amp;Следующий кейс</translation>
    </message>
    <message>
        <source>Move down the queue</source>
        <translation>Перейти вниз по очереди</translation>
    </message>
    <message>
        <source>&amp;Previous Case</source>
        <translation>&amp;Предыдущий кейс</translation>
    </message>
    <message>
        <source>Move up the queue</source>
        <translation>Перейти вверх по очереди</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Заблокировать…</translation>
    </message>
    <message>
        <source>Ban the advertiser under a policy, citing evidence</source>
        <translation>Заблокировать рекламодателя по правилу со ссылкой на доказательства</translation>
    </message>
    <message>
        <source>&amp;Clear…</source>
        <translation>&amp;Оправдать…</translation>
    </message>
    <message>
        <source>Close the case as no violation</source>
        <translation>Закрыть кейс: нарушения нет</translation>
    </message>
    <message>
        <source>&amp;Reinstate…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Lift a ban, or grant an appeal</source>
        <translation>Снять блокировку или удовлетворить апелляцию</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Эскалировать…</translation>
    </message>
    <message>
        <source>Hand the case to a lead</source>
        <translation>Передать кейс руководителю</translation>
    </message>
    <message>
        <source>Resolve Conf&amp;lict…</source>
        <translation>Разрешить &amp;конфликт…</translation>
    </message>
    <message>
        <source>Settle decisions made apart that disagree: choose the outcome that stands</source>
        <translation>Урегулировать расходящиеся решения, принятые независимо: выбрать итоговый исход</translation>
    </message>
    <message>
        <source>Annotate…</source>
        <translation>Добавить заметку…</translation>
    </message>
    <message>
        <source>Add a note to the case&apos;s history</source>
        <translation>Добавить заметку в историю кейса</translation>
    </message>
    <message>
        <source>Assign to &amp;Me</source>
        <translation>Назначить &amp;мне</translation>
    </message>
    <message>
        <source>Take the case</source>
        <translation>Взять кейс себе</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>По&amp;иск</translation>
    </message>
    <message>
        <source>Search advertisers, cases and evidence</source>
        <translation>Искать рекламодателей, кейсы и доказательства</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Пере&amp;загрузить</translation>
    </message>
    <message>
        <source>Read the queue and the case again</source>
        <translation>Заново прочитать очередь и кейс</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>О&amp;тчёты…</translation>
    </message>
    <message>
        <source>Decision reports for a period, policy or reviewer: preview and export</source>
        <translation>Отчёты о решениях за период, по правилу или модератору: просмотр и экспорт</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import case files (.json, .csv): check them, then add their advertisers, cases and evidence</source>
        <translation>Импорт файлов кейсов (.json, .csv): проверить, затем добавить их рекламодателей, кейсы и доказательства</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>&amp;Экспортировать пакет…</translation>
    </message>
    <message>
        <source>Write this database&apos;s events into a sync bundle for another laptop</source>
        <translation>Записать события этой базы данных в пакет синхронизации для другого ноутбука</translation>
    </message>
    <message>
        <source>&amp;Import Bundles…</source>
        <translation>&amp;Импортировать пакеты…</translation>
    </message>
    <message>
        <source>Merge sync bundles from other laptops into this database</source>
        <translation>Объединить пакеты синхронизации с других ноутбуков с этой базой данных</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Сво&amp;дка</translation>
    </message>
    <message>
        <source>Show or hide the backlog, decisions per week and SLA breaches</source>
        <translation>Показать или скрыть нерешённые кейсы, решения по неделям и нарушения SLA</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Show every shortcut</source>
        <translation>Показать все сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About AdReview</source>
        <translation>&amp;О программе AdReview</translation>
    </message>
    <message>
        <source>Version, database, Qt and SQLite</source>
        <translation>Версия, база данных, Qt и SQLite</translation>
    </message>
    <message>
        <source>&amp;Team Server…</source>
        <translation>&amp;Сервер команды…</translation>
    </message>
    <message>
        <source>The team&apos;s server this database syncs with, and the events from it that were set aside</source>
        <translation>Сервер команды, с которым синхронизируется эта база, и отложенные события с него</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <source>Send this laptop&apos;s decisions to the team server and take everyone else&apos;s</source>
        <translation>Отправить решения с этого ноутбука на сервер команды и получить решения остальных</translation>
    </message>
    <message>
        <source>Sa&amp;ve Current View…</source>
        <translation>Сохранить &amp;текущий вид…</translation>
    </message>
    <message>
        <source>Keep the tab, filters, search and sort under a name, in the View menu and as a button under the tabs</source>
        <translation>Сохранить вкладку, фильтры, поиск и сортировку под именем — в меню «Вид» и кнопкой под вкладками</translation>
    </message>
    <message>
        <source>&amp;Manage Saved Views…</source>
        <translation>&amp;Управление сохранёнными видами…</translation>
    </message>
    <message>
        <source>Rename, reorder or delete the saved views</source>
        <translation>Переименовать, упорядочить или удалить сохранённые виды</translation>
    </message>
    <message>
        <source>Appro&amp;ve Ban…</source>
        <translation>&amp;Одобрить блокировку…</translation>
    </message>
    <message>
        <source>Approve a ban another reviewer proposed: the advertiser is banned</source>
        <translation>Одобрить блокировку, предложенную другим модератором: рекламодатель будет заблокирован</translation>
    </message>
    <message>
        <source>Re&amp;ject Ban…</source>
        <translation>Откл&amp;онить блокировку…</translation>
    </message>
    <message>
        <source>Reject a ban another reviewer proposed</source>
        <translation>Отклонить блокировку, предложенную другим модератором</translation>
    </message>
    <message>
        <source>&amp;Withdraw Proposal…</source>
        <translation>Отозвать пре&amp;дложение…</translation>
    </message>
    <message>
        <source>Take back a ban you proposed</source>
        <translation>Отозвать предложенную вами блокировку</translation>
    </message>
    <message>
        <source>Re-a&amp;ffirm Decision…</source>
        <translation>&amp;Подтвердить решение…</translation>
    </message>
    <message>
        <source>Keep a decision in re-review: its revised evidence does not change it</source>
        <translation>Оставить решение на повторной проверке в силе: пересмотренные доказательства его не меняют</translation>
    </message>
    <message>
        <source>Rever&amp;se Decision…</source>
        <translation>&amp;Изменить решение на обратное…</translation>
    </message>
    <message>
        <source>Turn a decision in re-review: ban a cleared advertiser, reinstate a banned one</source>
        <translation>Изменить решение на повторной проверке на противоположное: заблокировать оправданного рекламодателя, восстановить заблокированного</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Журнал действий</translation>
    </message>
    <message>
        <source>Show or hide every event of every case, newest first, by reviewer, device, action, policy and time</source>
        <translation>Показать или скрыть все события всех дел, сначала новые, по модератору, устройству, действию, правилу и времени</translation>
    </message>
</context>
<context>
    <name>adreview::ActivityView</name>
    <message>
        <source>Reviewer</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>Only the events of this reviewer</source>
        <translation>Только события этого модератора</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Only the events written on this device</source>
        <translation>Только события, записанные на этом устройстве</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Only events of this action</source>
        <translation>Только события с этим действием</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Only events under this policy</source>
        <translation>Только события по этому правилу</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Only events from this time (UTC)</source>
        <translation>Только события за это время (UTC)</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>На этой неделе</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <source>Every event of every case, newest first; double-click or Enter shows the event&apos;s case</source>
        <translation>Все события всех дел, сначала новые; двойной щелчок или Enter показывает дело события</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation>Все модераторы</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Все устройства</translation>
    </message>
    <message>
        <source>All policies</source>
        <translation>Все правила</translation>
    </message>
    <message>
        <source>Reading the activity failed: %1</source>
        <translation>Не удалось прочитать журнал действий: %1</translation>
    </message>
    <message>
        <source>No events match</source>
        <translation>Нет подходящих событий</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n or more events, newest first</source>
        <translation>
            <numerusform>%n или больше событий, сначала новые</numerusform>
            <numerusform>%n или больше событий, сначала новые</numerusform>
            <numerusform>%n или больше событий, сначала новые</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adreview::AttachmentView</name>
    <message>
        <source>Attached file</source>
        <translation>Вложенный файл</translation>
    </message>
    <message>
        <source>Attached file SHA-256</source>
        <translation>SHA-256 вложенного файла</translation>
    </message>
    <message>
        <source>Attached picture preview</source>
        <translation>Предпросмотр вложенного изображения</translation>
    </message>
    <message>
        <source>Attachment messages</source>
        <translation>Сообщения о вложении</translation>
    </message>
    <message>
        <source>Save attachment…</source>
        <translation>Сохранить вложение…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
    <message>
        <source>Open attachment…</source>
        <translation>Открыть вложение…</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Открыть вложение</translation>
    </message>
    <message>
        <source>No attached file.</source>
        <translation>Вложенного файла нет.</translation>
    </message>
    <message>
        <source>Attached file: %1</source>
        <translation>Вложенный файл: %1</translation>
    </message>
    <message>
        <source>Attached file: %1 (%2, %3)</source>
        <translation>Вложенный файл: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Saved or opened as: %1</source>
        <translation>Сохранён или открыт как: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Warning: the stored file does not match its recorded SHA-256 (it hashes to %1).</source>
        <translation>Внимание: сохранённый файл не совпадает с записанным SHA-256 (его хеш — %1).</translation>
    </message>
    <message>
        <source>Files of this kind can run programs when opened. Save it and inspect it instead.</source>
        <translation>Файлы такого вида при открытии могут запускать программы. Лучше сохраните его и проверьте.</translation>
    </message>
    <message>
        <source>Opens a copy in a temporary folder with your system&apos;s program for it.</source>
        <translation>Открывает копию во временной папке программой, которую ваша система использует для таких файлов.</translation>
    </message>
    <message>
        <source>No preview: the picture is damaged or too large to show (%1 × %2).</source>
        <translation>Предпросмотра нет: изображение повреждено или слишком велико для показа (%1 × %2).</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Предпросмотра нет: %1</translation>
    </message>
    <message>
        <source>Preview of the attached picture, %1 × %2 pixels</source>
        <translation>Предпросмотр вложенного изображения, %1 × %2 пикселей</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Open the attached file %1 with the program your system uses for it?

Files from outside can be harmful; open only what you expect.</source>
        <translation>Открыть вложенный файл %1 программой, которую ваша система использует для таких файлов?

Файлы извне могут быть опасны; открывайте только то, что ожидаете.</translation>
    </message>
    <message>
        <source>Could not write a temporary copy: %1</source>
        <translation>Не удалось записать временную копию: %1</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Ни одна программа не смогла открыть %1.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>вложение</translation>
    </message>
</context>
<context>
    <name>adreview::BulkDialog</name>
    <message>
        <source>Decide Selected Cases</source>
        <translation>Решение по выбранным кейсам</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Each case&apos;s own policy</source>
        <translation>Собственное правило каждого кейса</translation>
    </message>
    <message>
        <source>Why, for every case selected: the same text is recorded on each</source>
        <translation>Почему — для всех выбранных кейсов: один и тот же текст записывается в каждый</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>Назначить &amp;кому:</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Правило:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Statement of reasons</source>
        <translation>Мотивировка</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Assign every case selected to a reviewer</source>
        <translation>Назначить все выбранные кейсы модератору</translation>
    </message>
    <message>
        <source>Every item</source>
        <translation>Все доказательства</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases selected</source>
        <translation>
            <numerusform>Выбран %Ln кейс</numerusform>
            <numerusform>Выбрано %Ln кейса</numerusform>
            <numerusform>Выбрано %Ln кейсов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 и ещё %Ln</numerusform>
            <numerusform>%1 и ещё %Ln</numerusform>
            <numerusform>%1 и ещё %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>a reviewer to assign</source>
        <translation>модератора, которому назначить</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>заметку</translation>
    </message>
    <message>
        <source>a rationale</source>
        <translation>обоснование</translation>
    </message>
    <message>
        <source>a shorter text (at most %L1 characters)</source>
        <translation>более короткий текст (не более %L1 символов)</translation>
    </message>
    <message>
        <source>the kinds of evidence each case cites</source>
        <translation>виды доказательств, на которые ссылается каждый кейс</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>&amp;Rationale (optional):</source>
        <translation>&amp;Обоснование (необязательно):</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
    <message>
        <source>&amp;Evidence each case cites (at least one item; a case with none is refused):</source>
        <translation>&amp;Доказательства, на которые ссылается каждый кейс (хотя бы одно; кейс без них отклоняется):</translation>
    </message>
    <message>
        <source>&amp;Evidence each case cites (optional):</source>
        <translation>&amp;Доказательства, на которые ссылается каждый кейс (необязательно):</translation>
    </message>
    <message>
        <source>Each case records the default statement of reasons of its own policy. Choose one policy to review or edit the statement for all of them.</source>
        <translation>Каждый кейс получает мотивировку по умолчанию своего правила. Выберите одно правило, чтобы проверить или изменить мотивировку для всех.</translation>
    </message>
    <message>
        <source>One statement of reasons, from the policy&apos;s defaults, is recorded for every case: review it on its tab.</source>
        <translation>Для каждого кейса записывается одна мотивировка из значений правила по умолчанию: проверьте её на её вкладке.</translation>
    </message>
    <message numerus="yes">
        <source>%1 All %Ln</source>
        <translation>
            <numerusform>%1: %Ln кейс</numerusform>
            <numerusform>%1: все %Ln кейса</numerusform>
            <numerusform>%1: все %Ln кейсов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln Selected Cases</source>
        <translation>
            <numerusform>%1 — %Ln выбранный кейс</numerusform>
            <numerusform>%1 — %Ln выбранных кейса</numerusform>
            <numerusform>%1 — %Ln выбранных кейсов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>«%1»: нужно указать %2.</translation>
    </message>
    <message>
        <source>Statement of reasons — %1</source>
        <translation>Мотивировка — %1</translation>
    </message>
    <message>
        <source>Each case is checked on its own as it stands now: a case that changed since you confirm, or that the rules refuse, is left as it is and named in the summary.</source>
        <translation>Каждый кейс проверяется отдельно в его текущем виде: кейс, изменившийся после подтверждения или отклонённый правилами, остаётся как есть и называется в сводке.</translation>
    </message>
</context>
<context>
    <name>adreview::BulkFlow</name>
    <message>
        <source>Another bulk action is still running; try again when it ends.</source>
        <translation>Другое массовое действие ещё выполняется; повторите, когда оно завершится.</translation>
    </message>
    <message>
        <source>Bulk action not done</source>
        <translation>Массовое действие не выполнено</translation>
    </message>
</context>
<context>
    <name>adreview::BulkRun</name>
    <message>
        <source>The bulk action stopped before it reported</source>
        <translation>Массовое действие остановилось, не сообщив результат</translation>
    </message>
    <message>
        <source>Deciding Cases</source>
        <translation>Решение по кейсам</translation>
    </message>
    <message numerus="yes">
        <source>Deciding %Ln cases…</source>
        <translation>
            <numerusform>Решение по %Ln кейсу…</numerusform>
            <numerusform>Решение по %Ln кейсам…</numerusform>
            <numerusform>Решение по %Ln кейсам…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop After This Case</source>
        <translation>Остановить после этого кейса</translation>
    </message>
    <message>
        <source>Stopping after the case being decided…</source>
        <translation>Остановка после текущего кейса…</translation>
    </message>
    <message>
        <source>Deciding case %L1 of %L2…</source>
        <translation>Решение по кейсу %L1 из %L2…</translation>
    </message>
</context>
<context>
    <name>adreview::BulkSummaryDialog</name>
    <message>
        <source>Bulk Action Summary</source>
        <translation>Итоги массового действия</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>%1 — cases done: %L2, one event each.</source>
        <translation>%1 — обработано кейсов: %L2, по одному событию на кейс.</translation>
    </message>
    <message>
        <source>Cases refused and left as they were: %L1 (changed by someone else after you confirmed: %L2).</source>
        <translation>Отклонено и оставлено без изменений кейсов: %L1 (изменены кем-то другим после вашего подтверждения: %L2).</translation>
    </message>
    <message>
        <source>Cases refused and left as they were: %L1.</source>
        <translation>Отклонено и оставлено без изменений кейсов: %L1.</translation>
    </message>
    <message>
        <source>Stopped on request; cases not reached: %L1.</source>
        <translation>Остановлено по запросу; необработанных кейсов: %L1.</translation>
    </message>
    <message>
        <source>The database failed: %1 Cases not reached: %L2.</source>
        <translation>Сбой базы данных: %1 Необработанных кейсов: %L2.</translation>
    </message>
    <message>
        <source>Cases refused or not reached</source>
        <translation>Отклонённые или необработанные кейсы</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Кейс</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Устарел</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Не обработан</translation>
    </message>
    <message>
        <source>&amp;Copy Refs</source>
        <translation>&amp;Копировать номера</translation>
    </message>
    <message>
        <source>Copy the refs listed, one a line, for a later bulk action or the command line</source>
        <translation>Скопировать перечисленные номера, по одному в строке, для следующего массового действия или командной строки</translation>
    </message>
</context>
<context>
    <name>adreview::CaseHeader</name>
    <message>
        <source>Advertiser</source>
        <translation>Рекламодатель</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Краткое описание кейса</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Кейс</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (opened %2 UTC)</source>
        <translation>%1 (открыт %2 UTC)</translation>
    </message>
    <message>
        <source>Due %1 UTC</source>
        <translation>Срок %1 UTC</translation>
    </message>
    <message>
        <source>%1 — decided %2 late</source>
        <translation>%1 — решено с опозданием на %2</translation>
    </message>
    <message>
        <source>%1 — decided within SLA</source>
        <translation>%1 — решено в рамках SLA</translation>
    </message>
    <message>
        <source>Overdue by %1 (due %2 UTC)</source>
        <translation>Просрочено на %1 (срок %2 UTC)</translation>
    </message>
    <message>
        <source>%1 — %2 left</source>
        <translation>%1 — осталось %2</translation>
    </message>
    <message>
        <source>restriction ended on %1</source>
        <translation>ограничение закончилось %1</translation>
    </message>
    <message>
        <source>restriction ends on %1</source>
        <translation>ограничение заканчивается %1</translation>
    </message>
    <message>
        <source>review due since %1</source>
        <translation>пересмотр требуется с %1</translation>
    </message>
    <message>
        <source>review by %1</source>
        <translation>пересмотреть до %1</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>Обжалует</translation>
    </message>
    <message>
        <source>no ban of this advertiser was recorded before the appeal</source>
        <translation>до апелляции блокировок этого рекламодателя не записано</translation>
    </message>
    <message>
        <source>the ban of %1 on %2 UTC by %3</source>
        <translation>блокировку %1 от %2 UTC, решение %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 — filed more than %n month(s) after it</source>
        <translation>
            <numerusform>%1 — подана более чем через %n месяц</numerusform>
            <numerusform>%1 — подана более чем через %n месяца</numerusform>
            <numerusform>%1 — подана более чем через %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision %1. Whoever made it cannot decide the appeal.</source>
        <translation>Решение %1. Тот, кто его принял, не может решать апелляцию.</translation>
    </message>
    <message>
        <source>ban proposed by %1 (%2 ago)</source>
        <translation>блокировку предложил(а) %1 (%2 назад)</translation>
    </message>
    <message>
        <source>A ban proposed %1 UTC on %2, awaiting approval. Another reviewer approves or rejects it; %3 may withdraw it.</source>
        <translation>Блокировка предложена %1 UTC на %2 и ждёт одобрения. Другой модератор одобряет или отклоняет её; %3 может отозвать предложение.</translation>
    </message>
</context>
<context>
    <name>adreview::CasePane</name>
    <message>
        <source>Case pane</source>
        <translation>Панель кейса</translation>
    </message>
    <message>
        <source>Case pane message</source>
        <translation>Сообщение панели кейса</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>News citations</source>
        <translation>Публикации в СМИ</translation>
    </message>
    <message>
        <source>Agency advisories</source>
        <translation>Предупреждения ведомств</translation>
    </message>
    <message>
        <source>Other evidence</source>
        <translation>Прочие доказательства</translation>
    </message>
    <message>
        <source>History (newest first)</source>
        <translation>История (сначала новые)</translation>
    </message>
    <message>
        <source>AdReview</source>
        <translation>AdReview</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Кейс не выбран</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>There is no case %1 in this database.</source>
        <translation>В этой базе данных нет кейса %1.</translation>
    </message>
    <message>
        <source>Evidence kinds</source>
        <translation>Виды доказательств</translation>
    </message>
    <message>
        <source>News citations, agency advisories and other evidence</source>
        <translation>Публикации в СМИ, предупреждения ведомств и прочие доказательства</translation>
    </message>
    <message>
        <source>What the press reported about the advertiser</source>
        <translation>Что пресса сообщала о рекламодателе</translation>
    </message>
    <message>
        <source>Government agencies&apos; advisories and directives</source>
        <translation>Предупреждения и директивы государственных ведомств</translation>
    </message>
    <message>
        <source>Company statements, other platforms&apos; actions and internal signals</source>
        <translation>Заявления компании, меры других платформ и внутренние сигналы</translation>
    </message>
    <message>
        <source>Not in this view</source>
        <translation>Нет в этом списке</translation>
    </message>
</context>
<context>
    <name>adreview::ConflictBanner</name>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Conflicting decisions</source>
        <translation>Противоречащие решения</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>In conflict: decisions made apart disagree. A lead must resolve it (Case → Resolve Conflict); until then only notes can be added.</source>
        <translation>Конфликт: решения, принятые независимо, расходятся. Его должен разрешить руководитель (Кейс → Разрешить конфликт); до тех пор можно добавлять только заметки.</translation>
    </message>
</context>
<context>
    <name>adreview::ConflictSides</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 by %2 on %3, %4 UTC</source>
        <translation>%1: %2 на %3, %4 UTC</translation>
    </message>
</context>
<context>
    <name>adreview::ConflictSidesView</name>
    <message>
        <source>Evidence cited: none</source>
        <translation>Цитируемые доказательства: нет</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Evidence cited: %1</source>
        <translation>Цитируемые доказательства: %1</translation>
    </message>
    <message>
        <source>Decisions in conflict</source>
        <translation>Решения в конфликте</translation>
    </message>
    <message>
        <source>No decisions are in conflict any more.</source>
        <translation>Решений в конфликте больше нет.</translation>
    </message>
    <message>
        <source>These decisions were made without seeing each other and disagree; choose the outcome that stands:</source>
        <translation>Эти решения приняты независимо друг от друга и расходятся; выберите итоговый исход:</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Решение %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Правило: %1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Reviewer and device</source>
        <translation>Модератор и устройство</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation>Цитируемые доказательства</translation>
    </message>
    <message>
        <source>Rationale of decision %1</source>
        <translation>Обоснование решения %1</translation>
    </message>
    <message>
        <source>(no rationale)</source>
        <translation>(без обоснования)</translation>
    </message>
</context>
<context>
    <name>adreview::DashboardView</name>
    <message>
        <source>Dashboard summary</source>
        <translation>Итоги сводки</translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation>Чтение базы данных…</translation>
    </message>
    <message>
        <source>Dashboard unavailable: %1</source>
        <translation>Сводка недоступна: %1</translation>
    </message>
    <message>
        <source>Backlog: %1 undecided cases · %2 to %3: %4 decisions, %5 after the SLA · updated %6 UTC</source>
        <translation>Нерешённых кейсов: %1 · с %2 по %3: решений %4, после срока SLA %5 · обновлено %6 UTC</translation>
    </message>
    <message>
        <source>Backlog by state</source>
        <translation>Нерешённые по состоянию</translation>
    </message>
    <message>
        <source>Backlog by age</source>
        <translation>Нерешённые по возрасту</translation>
    </message>
    <message>
        <source>Decisions per week</source>
        <translation>Решения по неделям</translation>
    </message>
    <message>
        <source>SLA, last %1 weeks</source>
        <translation>SLA, последние недели: %1</translation>
    </message>
</context>
<context>
    <name>adreview::DatabaseOpener</name>
    <message>
        <source>Damaged Database</source>
        <translation>Повреждённая база данных</translation>
    </message>
    <message>
        <source>A backup made %1 UTC is kept (%2). Restore it? Decisions made after it are not in it. The damaged file is kept beside the database, renamed.</source>
        <translation>Есть резервная копия от %1 UTC (%2). Восстановить её? Решений, принятых после неё, в ней нет. Повреждённый файл будет переименован и сохранён рядом с базой данных.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Восстановить копию</translation>
    </message>
</context>
<context>
    <name>adreview::DecisionDialog</name>
    <message>
        <source>Ban</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Оправдать</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Эскалировать</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Разрешить конфликт</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Кейс</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Why: which evidence shows what, and which part of the policy it breaks</source>
        <translation>Почему: какое доказательство что показывает и какой пункт правила нарушен</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Исход:</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Правило:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Действие: %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Decide &amp;&amp; next</source>
        <translation>Решить &amp;&amp; далее</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Decide and open the next case</source>
        <translation>Решить и открыть следующий кейс</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>%1 is not in conflict; there is nothing to resolve.</source>
        <translation>Кейс %1 не в конфликте; разрешать нечего.</translation>
    </message>
    <message>
        <source>%1 is in conflict; until a lead resolves it with Resolve, only a note can be added.</source>
        <translation>Кейс %1 в конфликте; пока руководитель не разрешит его, можно добавить только заметку.</translation>
    </message>
    <message>
        <source>%1 is already decided (%2); it cannot be banned or cleared again.</source>
        <translation>Кейс %1 уже решён (%2); повторно заблокировать или оправдать нельзя.</translation>
    </message>
    <message>
        <source>%1 is %2; only an open case or one in review can be escalated.</source>
        <translation>Кейс %1: %2; эскалировать можно только открытый кейс или кейс на рассмотрении.</translation>
    </message>
    <message>
        <source>%1 is %2; only a banned case, or an appeal of a banned advertiser, can be reinstated.</source>
        <translation>Кейс %1: %2; восстановить можно только заблокированный кейс или апелляцию заблокированного рекламодателя.</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>кейс</translation>
    </message>
    <message>
        <source>an outcome</source>
        <translation>исход</translation>
    </message>
    <message>
        <source>a policy</source>
        <translation>правило</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>заметку</translation>
    </message>
    <message>
        <source>a rationale</source>
        <translation>обоснование</translation>
    </message>
    <message>
        <source>a shorter text (at most %L1 characters)</source>
        <translation>более короткий текст (не более %L1 символов)</translation>
    </message>
    <message>
        <source>at least one ticked evidence item</source>
        <translation>хотя бы одно отмеченное доказательство</translation>
    </message>
    <message>
        <source>Resolve conflict on %1</source>
        <translation>Разрешение конфликта по %1</translation>
    </message>
    <message>
        <source>Decide %1</source>
        <translation>Решение по %1</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>&amp;Rationale (optional):</source>
        <translation>&amp;Обоснование (необязательно):</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>&amp;Evidence cited (at least one):</source>
        <translation>Ци&amp;тируемые доказательства (хотя бы одно):</translation>
    </message>
    <message>
        <source>&amp;Evidence cited (optional):</source>
        <translation>Ци&amp;тируемые доказательства (необязательно):</translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation>Цитируемые доказательства</translation>
    </message>
    <message>
        <source>Submit: %1</source>
        <translation>Отправить: %1</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>«%1»: нужно указать %2.</translation>
    </message>
    <message>
        <source>Ready: %1 submits, %2 submits and opens the next case.</source>
        <translation>Готово: %1 — отправить, %2 — отправить и открыть следующий кейс.</translation>
    </message>
    <message>
        <source>Decision not saved</source>
        <translation>Решение не сохранено</translation>
    </message>
    <message>
        <source>%1

Your text is kept; try again.</source>
        <translation>%1

Ваш текст сохранён; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Discard the text?</source>
        <translation>Отбросить текст?</translation>
    </message>
    <message>
        <source>Close without deciding and discard what you typed for %1?</source>
        <translation>Закрыть без решения и отбросить введённое для %1?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить правку</translation>
    </message>
    <message>
        <source>Ban the advertiser under the policy, citing the evidence that shows the breach</source>
        <translation>Заблокировать рекламодателя по правилу, сославшись на доказательства нарушения</translation>
    </message>
    <message>
        <source>Close the case with no action against the advertiser</source>
        <translation>Закрыть кейс без мер против рекламодателя</translation>
    </message>
    <message>
        <source>Lift the advertiser&apos;s ban, citing what has changed</source>
        <translation>Снять блокировку рекламодателя, указав, что изменилось</translation>
    </message>
    <message>
        <source>Hand the case to a lead, saying what needs deciding</source>
        <translation>Передать кейс руководителю, указав, что нужно решить</translation>
    </message>
    <message>
        <source>Add a note to the case without deciding it</source>
        <translation>Добавить заметку к кейсу, не принимая решения</translation>
    </message>
    <message>
        <source>Settle decisions made apart on different machines with one outcome</source>
        <translation>Урегулировать решения, принятые независимо на разных устройствах, одним исходом</translation>
    </message>
    <message>
        <source>The advertising policy the decision is made under</source>
        <translation>Правило рекламы, по которому принимается решение</translation>
    </message>
    <message>
        <source>Parts of the decision</source>
        <translation>Части решения</translation>
    </message>
    <message>
        <source>Rationale and evidence</source>
        <translation>Обоснование и доказательства</translation>
    </message>
    <message>
        <source>Why the decision is made, and the evidence it cites</source>
        <translation>Почему принято решение и на какие доказательства оно ссылается</translation>
    </message>
    <message>
        <source>&amp;Statement of reasons (DSA)</source>
        <translation>&amp;Мотивировка (DSA)</translation>
    </message>
    <message>
        <source>What the EU&apos;s Digital Services Act has the advertiser told, and the Transparency Database published</source>
        <translation>Что по Закону ЕС о цифровых услугах (DSA) сообщается рекламодателю и публикуется в базе данных прозрачности</translation>
    </message>
    <message>
        <source>Statement of reasons — %1</source>
        <translation>Мотивировка — %1</translation>
    </message>
    <message>
        <source>The statement of reasons lacks %1; it is recorded as it is, and the DSA export lists it as incomplete.</source>
        <translation>В мотивировке не хватает: %1. Она сохраняется как есть, а экспорт DSA отмечает её как неполную.</translation>
    </message>
    <message>
        <source>You made the decision this appeal contests (the ban of %1); another reviewer decides the appeal. You can add a note.</source>
        <translation>Вы приняли решение, которое оспаривает эта апелляция (блокировка %1); по апелляции решает другой модератор. Заметку добавить можно.</translation>
    </message>
    <message>
        <source>Propose ban</source>
        <translation>Предложить блокировку</translation>
    </message>
    <message>
        <source>Approve ban</source>
        <translation>Одобрить блокировку</translation>
    </message>
    <message>
        <source>Reject ban</source>
        <translation>Отклонить блокировку</translation>
    </message>
    <message>
        <source>Withdraw proposal</source>
        <translation>Отозвать предложение</translation>
    </message>
    <message>
        <source>Propose a ban that takes effect once another reviewer approves it</source>
        <translation>Предложить блокировку, которая вступит в силу после одобрения другим модератором</translation>
    </message>
    <message>
        <source>Approve the proposed ban as a second reviewer: the advertiser is banned</source>
        <translation>Одобрить предложенную блокировку как второй модератор: рекламодатель будет заблокирован</translation>
    </message>
    <message>
        <source>Reject the proposed ban as a second reviewer: the case goes back to review</source>
        <translation>Отклонить предложенную блокировку как второй модератор: кейс возвращается на рассмотрение</translation>
    </message>
    <message>
        <source>Take back your own proposed ban</source>
        <translation>Отозвать собственную предложенную блокировку</translation>
    </message>
    <message>
        <source>%1 has a ban proposed by %2 awaiting approval; it is approved, rejected or withdrawn first.</source>
        <translation>У %1 есть блокировка, предложенная %2 и ожидающая одобрения; сначала её одобряют, отклоняют или отзывают.</translation>
    </message>
    <message>
        <source>%1 has no proposed ban awaiting approval.</source>
        <translation>У %1 нет предложенной блокировки, ожидающей одобрения.</translation>
    </message>
    <message>
        <source>You proposed this ban; another reviewer approves or rejects it. You can withdraw it.</source>
        <translation>Вы предложили эту блокировку; другой модератор одобряет или отклоняет её. Вы можете её отозвать.</translation>
    </message>
    <message>
        <source>Only %1, who proposed this ban, can withdraw it.</source>
        <translation>Отозвать эту блокировку может только %1, предложивший её.</translation>
    </message>
    <message>
        <source>A ban of this case needs a second reviewer: it is recorded as proposed, and the advertiser is banned once another reviewer approves it.</source>
        <translation>Блокировке в этом кейсе нужен второй модератор: она записывается как предложенная, и рекламодатель блокируется после одобрения другим модератором.</translation>
    </message>
    <message>
        <source>Re-affirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Изменить на обратное</translation>
    </message>
    <message>
        <source>Keep the decision: its revised evidence does not change it</source>
        <translation>Оставить решение: пересмотренные доказательства его не меняют</translation>
    </message>
    <message>
        <source>Turn the decision: ban a cleared advertiser, reinstate a banned one</source>
        <translation>Изменить решение на обратное: заблокировать оправданного рекламодателя, восстановить заблокированного</translation>
    </message>
    <message>
        <source>%1 is not in re-review: no evidence its decision rests on was revised since.</source>
        <translation>%1 не на повторной проверке: доказательства, на которых основано решение, с тех пор не пересматривались.</translation>
    </message>
    <message>
        <source>Reverse: reinstate</source>
        <translation>Изменить: восстановить</translation>
    </message>
    <message>
        <source>Reverse: ban</source>
        <translation>Изменить: блокировка</translation>
    </message>
    <message>
        <source>Reversing %1 lifts the ban: the advertiser is reinstated, as by a reinstatement.</source>
        <translation>Изменение решения по %1 на обратное снимает блокировку: рекламодатель восстанавливается, как при восстановлении.</translation>
    </message>
    <message>
        <source>Reversing %1 bans the advertiser: it needs what a ban needs.</source>
        <translation>Изменение решения по %1 на обратное блокирует рекламодателя: нужно всё, что нужно для блокировки.</translation>
    </message>
</context>
<context>
    <name>adreview::DecisionFlow</name>
    <message>
        <source>Could not assign %1</source>
        <translation>Не удалось назначить %1</translation>
    </message>
</context>
<context>
    <name>adreview::DisplayText</name>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выпущено</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>adreview::DsaText</name>
    <message>
        <source>Illegal content</source>
        <translation>Незаконный контент</translation>
    </message>
    <message>
        <source>Incompatible with the terms and conditions</source>
        <translation>Несовместим с условиями использования</translation>
    </message>
    <message>
        <source>Animal welfare</source>
        <translation>Благополучие животных</translation>
    </message>
    <message>
        <source>Consumer information infringements</source>
        <translation>Нарушения в информировании потребителей</translation>
    </message>
    <message>
        <source>Cyber violence</source>
        <translation>Кибернасилие</translation>
    </message>
    <message>
        <source>Cyber violence against women</source>
        <translation>Кибернасилие в отношении женщин</translation>
    </message>
    <message>
        <source>Data protection and privacy violations</source>
        <translation>Нарушения защиты данных и неприкосновенности частной жизни</translation>
    </message>
    <message>
        <source>Illegal or harmful speech</source>
        <translation>Незаконные или вредные высказывания</translation>
    </message>
    <message>
        <source>Intellectual property infringements</source>
        <translation>Нарушения прав интеллектуальной собственности</translation>
    </message>
    <message>
        <source>Negative effects on civic discourse or elections</source>
        <translation>Негативное влияние на общественную дискуссию или выборы</translation>
    </message>
    <message>
        <source>Not specified in the notice</source>
        <translation>Не указано в уведомлении</translation>
    </message>
    <message>
        <source>Other violation of the terms and conditions</source>
        <translation>Иное нарушение условий использования</translation>
    </message>
    <message>
        <source>Protection of minors</source>
        <translation>Защита несовершеннолетних</translation>
    </message>
    <message>
        <source>Risk for public security</source>
        <translation>Угроза общественной безопасности</translation>
    </message>
    <message>
        <source>Scams and fraud</source>
        <translation>Мошенничество и обман</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>Самоповреждение</translation>
    </message>
    <message>
        <source>Unsafe or prohibited products</source>
        <translation>Небезопасные или запрещённые товары</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Насилие</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Synthetic media</source>
        <translation>Синтетические медиа</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Access disabled</source>
        <translation>Доступ закрыт</translation>
    </message>
    <message>
        <source>Demoted</source>
        <translation>Понижено</translation>
    </message>
    <message>
        <source>Age-restricted</source>
        <translation>Возрастной ценз</translation>
    </message>
    <message>
        <source>Interaction restricted</source>
        <translation>Взаимодействие ограничено</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Помечено</translation>
    </message>
    <message>
        <source>Payments suspended</source>
        <translation>Выплаты приостановлены</translation>
    </message>
    <message>
        <source>Payments terminated</source>
        <translation>Выплаты прекращены</translation>
    </message>
    <message>
        <source>Partly suspended</source>
        <translation>Частично приостановлена</translation>
    </message>
    <message>
        <source>Wholly suspended</source>
        <translation>Полностью приостановлена</translation>
    </message>
    <message>
        <source>Partly terminated</source>
        <translation>Частично прекращена</translation>
    </message>
    <message>
        <source>Wholly terminated</source>
        <translation>Полностью прекращена</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>the ground</source>
        <translation>основание</translation>
    </message>
    <message>
        <source>the legal ground</source>
        <translation>правовое основание</translation>
    </message>
    <message>
        <source>the terms and conditions clause</source>
        <translation>пункт условий</translation>
    </message>
    <message>
        <source>the explanation</source>
        <translation>пояснение</translation>
    </message>
    <message>
        <source>the category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>the type of content</source>
        <translation>тип контента</translation>
    </message>
    <message>
        <source>a restriction</source>
        <translation>ограничение</translation>
    </message>
    <message>
        <source>the public facts</source>
        <translation>публичные факты</translation>
    </message>
    <message>
        <source>%1: too long, %L2 characters where at most %L3 are allowed.</source>
        <translation>%1: слишком длинно — %L2 символов, допустимо не более %L3.</translation>
    </message>
    <message>
        <source>%1: say what it is.</source>
        <translation>%1: укажите, что именно.</translation>
    </message>
    <message>
        <source>Visibility restriction</source>
        <translation>Ограничение видимости</translation>
    </message>
    <message>
        <source>Monetary restriction</source>
        <translation>Финансовое ограничение</translation>
    </message>
    <message>
        <source>Restriction of the service</source>
        <translation>Ограничение услуги</translation>
    </message>
    <message>
        <source>Account restriction</source>
        <translation>Ограничение аккаунта</translation>
    </message>
    <message>
        <source>%1: the end date must come after %2.</source>
        <translation>%1: дата окончания должна быть позже %2.</translation>
    </message>
    <message>
        <source>%1: an end date for a restriction not imposed.</source>
        <translation>%1: дата окончания для ограничения, которое не наложено.</translation>
    </message>
    <message>
        <source>%1: the end date cannot be after %2.</source>
        <translation>%1: дата окончания не может быть позже %2.</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>Terms and conditions clause</source>
        <translation>Пункт условий</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>Public facts</source>
        <translation>Публичные факты</translation>
    </message>
    <message>
        <source>Other type of content</source>
        <translation>Другой тип контента</translation>
    </message>
    <message>
        <source>Other visibility restriction</source>
        <translation>Другое ограничение видимости</translation>
    </message>
    <message>
        <source>Other monetary restriction</source>
        <translation>Другое финансовое ограничение</translation>
    </message>
    <message>
        <source>Review date: it cannot come before %1.</source>
        <translation>Дата пересмотра: не может быть раньше %1.</translation>
    </message>
    <message>
        <source>Territorial scope: not the code of an EU or EEA country: %1.</source>
        <translation>Территория: не код страны ЕС или ЕЭЗ: %1.</translation>
    </message>
    <message>
        <source>Territorial scope: a country is named twice.</source>
        <translation>Территория: страна указана дважды.</translation>
    </message>
</context>
<context>
    <name>adreview::EvidenceDetail</name>
    <message>
        <source>Evidence details</source>
        <translation>Подробности доказательства</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Юрисдикция</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Выдержка</translation>
    </message>
    <message>
        <source>No excerpt.</source>
        <translation>Выдержки нет.</translation>
    </message>
    <message>
        <source>Excerpt:</source>
        <translation>Выдержка:</translation>
    </message>
    <message>
        <source>Open link…</source>
        <translation>Открыть ссылку…</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Открыть ссылку</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Выберите элемент, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Opens the address in your web browser after you confirm it.</source>
        <translation>Открывает адрес в веб-браузере после вашего подтверждения.</translation>
    </message>
    <message>
        <source>This item has no link.</source>
        <translation>У этого элемента нет ссылки.</translation>
    </message>
    <message>
        <source>The link is not a valid address, so it cannot be opened.</source>
        <translation>Ссылка не является допустимым адресом, поэтому её нельзя открыть.</translation>
    </message>
    <message>
        <source>Only http and https links can be opened; this link names no scheme.</source>
        <translation>Открывать можно только ссылки http и https; у этой ссылки не указана схема.</translation>
    </message>
    <message>
        <source>Only http and https links can be opened; this link is a “%1” link.</source>
        <translation>Открывать можно только ссылки http и https; это ссылка типа «%1».</translation>
    </message>
    <message>
        <source>The link names no web site, so it cannot be opened.</source>
        <translation>В ссылке не указан сайт, поэтому её нельзя открыть.</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Открыть этот адрес в веб-браузере?

%1</translation>
    </message>
    <message>
        <source>The passage of the source the evidence item rests on, as recorded</source>
        <translation>Фрагмент источника, на котором основано доказательство, в записанном виде</translation>
    </message>
    <message>
        <source>Record a change to this evidence…</source>
        <translation>Записать изменение этого доказательства…</translation>
    </message>
    <message>
        <source>A later revision of the item: a new status, a correction, a retraction. Decisions that cite an earlier revision go to re-review.</source>
        <translation>Более поздняя редакция доказательства: новый статус, исправление, отзыв. Решения, ссылающиеся на более раннюю редакцию, уходят на повторную проверку.</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Редакции</translation>
    </message>
    <message>
        <source>Revisions, oldest first:</source>
        <translation>Редакции, сначала старые:</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>%1 UTC — %2 on %3: %4</source>
        <translation>%1 UTC — %2 на %3: %4</translation>
    </message>
    <message>
        <source>Effective %1</source>
        <translation>Действует с %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>As first recorded: “%1”, status %2, retrieved %3 UTC</source>
        <translation>Как записано впервые: «%1», статус %2, получено %3 UTC</translation>
    </message>
    <message>
        <source>Retracted.</source>
        <translation>Отозвано.</translation>
    </message>
    <message>
        <source>Record a change to this evidence</source>
        <translation>Записать изменение этого доказательства</translation>
    </message>
</context>
<context>
    <name>adreview::EvidencePanel</name>
    <message>
        <source>%1 list</source>
        <translation>Список: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>%1 details</source>
        <translation>Подробности: %1</translation>
    </message>
    <message>
        <source>This case has no evidence of this kind.</source>
        <translation>В этом кейсе нет доказательств такого вида.</translation>
    </message>
    <message>
        <source>The case&apos;s evidence of this kind; select an item to read it</source>
        <translation>Доказательства кейса этого вида; выберите элемент, чтобы прочитать его</translation>
    </message>
    <message>
        <source>Record a change to this evidence…</source>
        <translation>Записать изменение этого доказательства…</translation>
    </message>
</context>
<context>
    <name>adreview::EvidencePicker</name>
    <message>
        <source>Ref</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Evidence to cite</source>
        <translation>Доказательства для ссылки</translation>
    </message>
    <message>
        <source>Tick an item with Space to cite it in the decision</source>
        <translation>Отметьте элемент пробелом, чтобы сослаться на него в решении</translation>
    </message>
</context>
<context>
    <name>adreview::FilterBar</name>
    <message>
        <source>Queue tabs</source>
        <translation>Вкладки очереди</translation>
    </message>
    <message>
        <source>Policy filter</source>
        <translation>Фильтр по правилу</translation>
    </message>
    <message>
        <source>All policies</source>
        <translation>Все правила</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>Фильтр по приоритету</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Любой приоритет</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Фильтр по исполнителю</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Любой исполнитель</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Фильтр по источнику</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Любой источник</translation>
    </message>
    <message>
        <source>Search advertisers, cases, evidence (Ctrl+F)</source>
        <translation>Поиск рекламодателей, кейсов, доказательств (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>По релевантности</translation>
    </message>
    <message>
        <source>Orders the search&apos;s results by how well they match the words, instead of by the sorted column</source>
        <translation>Упорядочивает результаты поиска по степени совпадения со словами, а не по столбцу сортировки</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Эскалация</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Апелляции</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>Which cases the queue lists, with how many there are</source>
        <translation>Какие кейсы показывает очередь и сколько их</translation>
    </message>
    <message>
        <source>List only the cases under this policy</source>
        <translation>Показывать только кейсы по этому правилу</translation>
    </message>
    <message>
        <source>List only the cases of this priority</source>
        <translation>Показывать только кейсы с этим приоритетом</translation>
    </message>
    <message>
        <source>List only the cases assigned to this reviewer</source>
        <translation>Показывать только кейсы, назначенные этому модератору</translation>
    </message>
    <message>
        <source>List only the cases flagged by this source</source>
        <translation>Показывать только кейсы, отмеченные этим источником</translation>
    </message>
    <message>
        <source>Finds cases by words in advertiser names, case summaries, evidence and rationales</source>
        <translation>Ищет кейсы по словам в названиях рекламодателей, описаниях кейсов, доказательствах и обоснованиях</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Clear the search and list every case of the tab again</source>
        <translation>Очистить поиск и снова показать все кейсы вкладки</translation>
    </message>
    <message>
        <source>Cases waiting for a decision</source>
        <translation>Кейсы, ожидающие решения</translation>
    </message>
    <message>
        <source>Cases handed to a lead</source>
        <translation>Кейсы, переданные руководителю</translation>
    </message>
    <message>
        <source>Banned advertisers asking to be reinstated</source>
        <translation>Заблокированные рекламодатели, просящие о восстановлении</translation>
    </message>
    <message>
        <source>Cases decided differently on different machines, for a lead to resolve</source>
        <translation>Кейсы, решённые по-разному на разных устройствах; их разрешает руководитель</translation>
    </message>
    <message>
        <source>Cases with a decision</source>
        <translation>Кейсы с решением</translation>
    </message>
    <message>
        <source>Every case</source>
        <translation>Все кейсы</translation>
    </message>
    <message>
        <source>Shows the queue tabs further left</source>
        <translation>Показывает вкладки очереди левее</translation>
    </message>
    <message>
        <source>Shows the queue tabs further right</source>
        <translation>Показывает вкладки очереди правее</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>К пересмотру</translation>
    </message>
    <message numerus="yes">
        <source>Decisions whose review date has come, and bans whose restrictions end within %n day(s)</source>
        <translation>
            <numerusform>Решения, дата пересмотра которых наступила, и блокировки, ограничения которых заканчиваются в течение %n дня</numerusform>
            <numerusform>Решения, дата пересмотра которых наступила, и блокировки, ограничения которых заканчиваются в течение %n дней</numerusform>
            <numerusform>Решения, дата пересмотра которых наступила, и блокировки, ограничения которых заканчиваются в течение %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Сохранённые виды</translation>
    </message>
    <message>
        <source>The views saved from the View menu, with how many cases each lists; the one shown is checked</source>
        <translation>Виды, сохранённые через меню «Вид», с числом кейсов в каждом; показанный отмечен</translation>
    </message>
    <message>
        <source>More saved views</source>
        <translation>Другие сохранённые виды</translation>
    </message>
    <message>
        <source>Lists the saved views the row has no room for</source>
        <translation>Показывает сохранённые виды, которым не хватило места в строке</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Одобрение</translation>
    </message>
    <message>
        <source>Bans proposed and awaiting a second reviewer&apos;s approval</source>
        <translation>Предложенные блокировки, ожидающие одобрения второго модератора</translation>
    </message>
    <message>
        <source>Re-review</source>
        <translation>Повторная проверка</translation>
    </message>
    <message>
        <source>Decisions resting on evidence revised since they were made</source>
        <translation>Решения, доказательства которых пересмотрены после их принятия</translation>
    </message>
</context>
<context>
    <name>adreview::HistoryView</name>
    <message>
        <source>History, newest first</source>
        <translation>История, сначала новые</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Выбранное событие</translation>
    </message>
    <message>
        <source>Select an event to read it in full.</source>
        <translation>Выберите событие, чтобы прочитать его полностью.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 UTC — %2 by %3 on %4</source>
        <translation>%1 UTC — %2: %3 на %4</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Правило: %1</translation>
    </message>
    <message>
        <source>Evidence cited: %1</source>
        <translation>Цитируемые доказательства: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Исход: %1</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Исполнитель: %1</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Событие: %1</translation>
    </message>
    <message>
        <source>(no rationale)</source>
        <translation>(без обоснования)</translation>
    </message>
    <message>
        <source>Every event of the case; select one to read it in full</source>
        <translation>Все события кейса; выберите одно, чтобы прочитать его полностью</translation>
    </message>
    <message>
        <source>The selected event in full: who, when, what and why</source>
        <translation>Выбранное событие полностью: кто, когда, что и почему</translation>
    </message>
    <message>
        <source>Signature verified: key %1</source>
        <translation>Подпись проверена: ключ %1</translation>
    </message>
    <message>
        <source>Unsigned, from before signing</source>
        <translation>Без подписи, из времени до подписей</translation>
    </message>
    <message>
        <source>Signed after its device was revoked (key %1): not valid</source>
        <translation>Подписано после отзыва устройства (ключ %1): недействительно</translation>
    </message>
    <message>
        <source>Bad signature: no trusted key for this device</source>
        <translation>Неверная подпись: нет доверенного ключа для этого устройства</translation>
    </message>
    <message>
        <source>Bad signature: does not match key %1</source>
        <translation>Неверная подпись: не соответствует ключу %1</translation>
    </message>
    <message>
        <source>Revision of %1, now reading: %2</source>
        <translation>Редакция %1, теперь: %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Status: %1 (by %2)</source>
        <translation>Статус: %1 (на %2)</translation>
    </message>
    <message>
        <source>Retracted.</source>
        <translation>Отозвано.</translation>
    </message>
    <message>
        <source>Effective %1</source>
        <translation>Действует с %1</translation>
    </message>
    <message>
        <source>Revision of %1 (its text does not read)</source>
        <translation>Редакция %1 (её текст не читается)</translation>
    </message>
</context>
<context>
    <name>adreview::ImportControl</name>
    <message>
        <source>Import Case Files</source>
        <translation>Импорт файлов кейсов</translation>
    </message>
    <message>
        <source>Case files (*.json *.csv)</source>
        <translation>Файлы кейсов (*.json *.csv)</translation>
    </message>
    <message>
        <source>A sync is running; drop the bundles again when it is done.</source>
        <translation>Идёт синхронизация; перетащите пакеты ещё раз, когда она завершится.</translation>
    </message>
</context>
<context>
    <name>adreview::ImportDialog</name>
    <message>
        <source>Import Case Files</source>
        <translation>Импорт файлов кейсов</translation>
    </message>
    <message>
        <source>Files are imported one after another in the order listed, each whole or not at all: advertisers before the cases that name them, cases before their evidence. Added files are put in that order by their header row; Move Up and Move Down change it.
Files are checked against the database as it is now; a file that needs an earlier one is checked again when that one is imported.</source>
        <translation>Файлы импортируются по очереди в указанном порядке, каждый целиком или никак: рекламодатели — раньше кейсов, в которых они названы, кейсы — раньше их доказательств. Добавленные файлы упорядочиваются так по строке заголовка; кнопки «Выше» и «Ниже» меняют порядок.
Файлы проверяются по текущему состоянию базы данных; файл, зависящий от предыдущего, проверяется снова после импорта того.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Файлы для импорта</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Вы&amp;ше</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <source>Select a file to see what it would change, or each of its faults.</source>
        <translation>Выберите файл, чтобы увидеть, что он изменит, или каждую его ошибку.</translation>
    </message>
    <message>
        <source>The selected file&apos;s changes or faults</source>
        <translation>Изменения или ошибки выбранного файла</translation>
    </message>
    <message>
        <source>Progress of the file being checked or imported</source>
        <translation>Ход проверки или импорта файла</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Stop the file being imported; nothing of it is written</source>
        <translation>Остановить импорт файла; ничего из него не будет записано</translation>
    </message>
    <message>
        <source>Case files (*.json *.csv)</source>
        <translation>Файлы кейсов (*.json *.csv)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>%1: has faults (select it to read them)</source>
        <translation>%1: есть ошибки (выберите файл, чтобы их прочитать)</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Импорт %1 (%2 из %3)…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Files imported: %1 of %2</source>
        <translation>Импортировано файлов: %1 из %2</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Не импортировано:</translation>
    </message>
    <message>
        <source>Cancelled while importing %1: nothing of it was written.</source>
        <translation>Отменено во время импорта %1: ничего из него не записано.</translation>
    </message>
    <message>
        <source>Files after it, not started: %1.</source>
        <translation>Следующие файлы не начаты: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>adreview::ImportFileModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>New advertisers</source>
        <translation>Новые рекламодатели</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>Новые кейсы</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Новые доказательства</translation>
    </message>
    <message>
        <source>New events</source>
        <translation>Новые события</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Advertisers and cases whose description the file changes</source>
        <translation>Рекламодатели и кейсы, описание которых файл изменяет</translation>
    </message>
    <message>
        <source>Records already present as they are in the file</source>
        <translation>Записи, которые уже есть в том же виде, что и в файле</translation>
    </message>
    <message>
        <source>Faults that keep the file from being imported; select the file to read them</source>
        <translation>Ошибки, из-за которых файл нельзя импортировать; выберите файл, чтобы их прочитать</translation>
    </message>
    <message>
        <source>Waiting to be checked</source>
        <translation>Ожидает проверки</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Ready: nothing new</source>
        <translation>Готов: ничего нового</translation>
    </message>
    <message>
        <source>Has faults</source>
        <translation>Есть ошибки</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Нельзя импортировать</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>Импорт… %1%</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>Not imported: has faults</source>
        <translation>Не импортирован: есть ошибки</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортирован</translation>
    </message>
    <message>
        <source>Cancelled: nothing written</source>
        <translation>Отменено: ничего не записано</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies)</source>
        <translation>
            <numerusform>%n правило</numerusform>
            <numerusform>%n правила</numerusform>
            <numerusform>%n правил</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advertiser(s)</source>
        <translation>
            <numerusform>%n рекламодатель</numerusform>
            <numerusform>%n рекламодателя</numerusform>
            <numerusform>%n рекламодателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n кейс</numerusform>
            <numerusform>%n кейса</numerusform>
            <numerusform>%n кейсов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n доказательство</numerusform>
            <numerusform>%n доказательства</numerusform>
            <numerusform>%n доказательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history event(s)</source>
        <translation>
            <numerusform>%n событие истории</numerusform>
            <numerusform>%n события истории</numerusform>
            <numerusform>%n событий истории</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Добавлено: %1</translation>
    </message>
    <message>
        <source>Would add: %1</source>
        <translation>Будет добавлено: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Изменено: %1</translation>
    </message>
    <message>
        <source>Would change: %1</source>
        <translation>Будет изменено: %1</translation>
    </message>
    <message numerus="yes">
        <source>Already present as in the file: %n record(s)</source>
        <translation>
            <numerusform>Уже есть в том же виде, что и в файле: %n запись</numerusform>
            <numerusform>Уже есть в том же виде, что и в файле: %n записи</numerusform>
            <numerusform>Уже есть в том же виде, что и в файле: %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Faults: %1. As it is, nothing of this file would be imported:</source>
        <translation>Ошибок: %1. В нынешнем виде ничего из этого файла не будет импортировано:</translation>
    </message>
</context>
<context>
    <name>adreview::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Синхронизация</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Кейс</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Counting failed: %1</source>
        <translation>Не удалось подсчитать: %1</translation>
    </message>
    <message>
        <source>%1 — AdReview</source>
        <translation>%1 — AdReview</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервная копия сохранена в %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Ежедневное резервное копирование не удалось: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) in view</source>
        <translation>
            <numerusform>Показан %Ln кейс</numerusform>
            <numerusform>Показано %Ln кейса</numerusform>
            <numerusform>Показано %Ln кейсов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln or more case(s) in view</source>
        <translation>
            <numerusform>Показано не менее %Ln кейса</numerusform>
            <numerusform>Показано не менее %Ln кейсов</numerusform>
            <numerusform>Показано не менее %Ln кейсов</numerusform>
        </translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Проблема с базой данных</translation>
    </message>
    <message>
        <source>Nothing was changed. What you typed in an open dialog is kept; try again once the problem is solved.</source>
        <translation>Ничего не изменено. Введённое в открытом диалоге сохранено; попробуйте ещё раз, когда проблема будет устранена.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Нет недавних баз данных</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>AdReview databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных AdReview (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>%1 already exists; open it with File → Open instead.</source>
        <translation>%1 уже существует; откройте её через Файл → Открыть базу данных.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>About AdReview</source>
        <translation>О программе AdReview</translation>
    </message>
    <message>
        <source>AdReview %1
Moderation review for advertising policy teams.

Database: %2 (schema %3)
Qt %4, SQLite %5</source>
        <translation>AdReview %1
Модерация для команд по правилам рекламы.

База данных: %2 (схема %3)
Qt %4, SQLite %5</translation>
    </message>
    <message>
        <source>this database has no policy %1</source>
        <translation>в этой базе нет правила %1</translation>
    </message>
    <message>
        <source>%1 holds no cases here</source>
        <translation>у модератора %1 здесь нет кейсов</translation>
    </message>
    <message>
        <source>Saved view “%1”: %2, so it lists cases regardless.</source>
        <translation>Сохранённый вид «%1»: %2, поэтому кейсы показаны без этого фильтра.</translation>
    </message>
    <message>
        <source>Saved the view “%1”: View menu or Ctrl+%2</source>
        <translation>Вид «%1» сохранён: меню «Вид» или Ctrl+%2</translation>
    </message>
    <message>
        <source>Saved the view “%1”: View menu</source>
        <translation>Вид «%1» сохранён: меню «Вид»</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <source>%1 is no longer in this view (%2): it is %3 now. J shows the next case of the view.</source>
        <translation>%1 больше нет в этом списке (%2): теперь он — %3. J показывает следующий кейс списка.</translation>
    </message>
    <message>
        <source>Ranking the best matches…</source>
        <translation>Сортировка по релевантности…</translation>
    </message>
</context>
<context>
    <name>adreview::OutcomeChoice</name>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>&amp;Banned</source>
        <translation>За&amp;блокирован</translation>
    </message>
    <message>
        <source>C&amp;leared</source>
        <translation>Оп&amp;равдан</translation>
    </message>
    <message>
        <source>Reins&amp;tated</source>
        <translation>&amp;Восстановлен</translation>
    </message>
    <message>
        <source>Outcome: banned</source>
        <translation>Исход: заблокирован</translation>
    </message>
    <message>
        <source>Outcome: cleared</source>
        <translation>Исход: оправдан</translation>
    </message>
    <message>
        <source>Outcome: reinstated</source>
        <translation>Исход: восстановлен</translation>
    </message>
</context>
<context>
    <name>adreview::PdfCanvas</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>adreview::PdfReportDocument</name>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Кейс</translation>
    </message>
    <message>
        <source>Advertiser</source>
        <translation>Рекламодатель</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Decision report · %1</source>
        <translation>Отчёт о решениях · %1</translation>
    </message>
    <message>
        <source>AdReview · generated %1 UTC</source>
        <translation>AdReview · создан %1 UTC</translation>
    </message>
    <message>
        <source>Decision report</source>
        <translation>Отчёт о решениях</translation>
    </message>
    <message>
        <source>Generated %1 UTC from %2</source>
        <translation>Создан %1 UTC из %2</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>ban, clear and reinstate</source>
        <translation>блокировка, оправдание и восстановление</translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation>Медианное время до решения</translation>
    </message>
    <message>
        <source>from flag to decision</source>
        <translation>от жалобы до решения</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <source>9 in 10 decided within</source>
        <translation>9 из 10 решены в пределах</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>Нарушения SLA</translation>
    </message>
    <message>
        <source>%1 of decisions</source>
        <translation>%1 решений</translation>
    </message>
    <message>
        <source>Reinstatement rate</source>
        <translation>Доля восстановлений</translation>
    </message>
    <message>
        <source>%1 reinstated of %2 banned</source>
        <translation>восстановлено %1 из %2 заблокированных</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Кейсы</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Decisions by outcome</source>
        <translation>Решения по исходу</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Backlog now, by state</source>
        <translation>Нерешённые сейчас, по состоянию</translation>
    </message>
    <message>
        <source>Backlog now, by age</source>
        <translation>Нерешённые сейчас, по возрасту</translation>
    </message>
    <message>
        <source>Decisions by policy</source>
        <translation>Решения по правилам</translation>
    </message>
    <message>
        <source>Decisions by reviewer</source>
        <translation>Решения по модераторам</translation>
    </message>
    <message>
        <source>No decisions to chart in this period.</source>
        <translation>За этот период нет решений для диаграммы.</translation>
    </message>
    <message>
        <source>No decisions match the filters.</source>
        <translation>Нет решений, подходящих под фильтры.</translation>
    </message>
    <message>
        <source>%1 decisions, oldest first; times in UTC.</source>
        <translation>Решений: %1, сначала старые; время в UTC.</translation>
    </message>
    <message>
        <source>Statements of reasons</source>
        <translation>Обоснования решений</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Advertiser %1 · country %2 · case %3</source>
        <translation>Рекламодатель %1 · страна %2 · кейс %3</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>%1 on %2 UTC by %3</source>
        <translation>%1, %2 UTC, %3</translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation>Цитируемые доказательства</translation>
    </message>
    <message>
        <source>No evidence cited.</source>
        <translation>Доказательства не цитируются.</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>(the rationale above)</source>
        <translation>(обоснование выше)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>For each advertiser banned or reinstated in the period: the latest such decision, the policy and rationale it rests on, the evidence it cites with the SHA-256 of each item as stored, and the case&apos;s history. A case whose decisions are in conflict is shown as disputed, with both sides, and gets no statement until a lead resolves it.</source>
        <translation>Для каждого рекламодателя, заблокированного или восстановленного за период: последнее такое решение, правило и обоснование, на которых оно основано, приведённые доказательства с SHA-256 каждого элемента в сохранённом виде и история дела. Дело с противоречащими решениями показано как спорное, с обеими сторонами, и не получает обоснования, пока руководитель не разрешит конфликт.</translation>
    </message>
    <message>
        <source>Disputed: decided apart with different outcomes. No statement of reasons is issued until a lead resolves the conflict.</source>
        <translation>Спорно: решения приняты раздельно и с разным итогом. Обоснование не выдаётся, пока руководитель не разрешит конфликт.</translation>
    </message>
    <message>
        <source>Decisions in conflict</source>
        <translation>Противоречащие решения</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>спорно</translation>
    </message>
    <message>
        <source>Statement of reasons under the Digital Services Act (Art. 17)</source>
        <translation>Обоснование решения по Закону о цифровых услугах (ст. 17)</translation>
    </message>
    <message>
        <source>No statement of reasons under the DSA was recorded with this decision.</source>
        <translation>К этому решению не записано обоснование по DSA.</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Факты</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Автоматизация</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Пересмотреть до</translation>
    </message>
    <message>
        <source>Redress</source>
        <translation>Обжалование</translation>
    </message>
    <message>
        <source>Appeals: %1 filed (%2 more than six months after the ban) · %3 decided, %4 reversed (%5) · median %6 from appeal to decision</source>
        <translation>Апелляции: подано %1 (%2 — позже шести месяцев после блокировки) · решено %3, отменено блокировок %4 (%5) · медиана %6 от апелляции до решения</translation>
    </message>
</context>
<context>
    <name>adreview::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Имя модератора</translation>
    </message>
    <message>
        <source>Device label</source>
        <translation>Метка устройства</translation>
    </message>
    <message>
        <source>Every event you record carries these two names. ADREVIEW_REVIEWER and ADREVIEW_DEVICE, or --reviewer and --device, override them.</source>
        <translation>Каждое записанное вами событие содержит эти два имени. ADREVIEW_REVIEWER и ADREVIEW_DEVICE или --reviewer и --device имеют над ними приоритет.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Новый язык будет применён при следующем запуске.</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Имя модератора:</translation>
    </message>
    <message>
        <source>&amp;Device label:</source>
        <translation>&amp;Метка устройства:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Both names are needed.</source>
        <translation>Нужны оба имени.</translation>
    </message>
    <message>
        <source>A name may not hold a line break, a tab or another control character.</source>
        <translation>Имя не может содержать перевод строки, табуляцию или другой управляющий символ.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <source>None yet: made with this device&apos;s first signed decision</source>
        <translation>Пока нет: создаётся с первым подписанным решением этого устройства</translation>
    </message>
    <message>
        <source>%1 (Ed25519, reviewer %2)</source>
        <translation>%1 (Ed25519, модератор %2)</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Ключ подписи:</translation>
    </message>
</context>
<context>
    <name>adreview::QueueText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
        </translation>
    </message>
    <message>
        <source>met</source>
        <translation>соблюдён</translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>опоздание %1</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>срок через %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>просрочка %1</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>загрузка…</translation>
    </message>
    <message>
        <source>Due %1 UTC</source>
        <translation>Срок %1 UTC</translation>
    </message>
    <message>
        <source>Opened %1 UTC</source>
        <translation>Открыт %1 UTC</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Кейс</translation>
    </message>
    <message>
        <source>Advertiser</source>
        <translation>Рекламодатель</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
</context>
<context>
    <name>adreview::QueueView</name>
    <message>
        <source>Case queue</source>
        <translation>Очередь кейсов</translation>
    </message>
    <message>
        <source>Flagged advertisers; J and K move, B C R E L N act on the selected case</source>
        <translation>Отмеченные рекламодатели; J и K — переход, B C R E L N — действия с выбранным кейсом</translation>
    </message>
    <message>
        <source>Ranking the best matches…</source>
        <translation>Сортировка по релевантности…</translation>
    </message>
</context>
<context>
    <name>adreview::ReportCharts</name>
    <message>
        <source>Banned</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Оправдано</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>В рамках SLA</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Нарушен</translation>
    </message>
    <message>
        <source>No decisions</source>
        <translation>Нет решений</translation>
    </message>
    <message>
        <source>under 1 day</source>
        <translation>менее 1 дня</translation>
    </message>
    <message>
        <source>1–7 days</source>
        <translation>1–7 дней</translation>
    </message>
    <message>
        <source>7–30 days</source>
        <translation>7–30 дней</translation>
    </message>
    <message>
        <source>30–90 days</source>
        <translation>30–90 дней</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>более 90 дней</translation>
    </message>
</context>
<context>
    <name>adreview::ReportFilterForm</name>
    <message>
        <source>&amp;All time</source>
        <translation>&amp;Весь период</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>or from</source>
        <translation>или с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Модераторы</translation>
    </message>
    <message>
        <source>Any country; or codes such as RU, US</source>
        <translation>Любая страна; или коды, например RU, US</translation>
    </message>
    <message>
        <source>Advertiser countries</source>
        <translation>Страны рекламодателей</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>&amp;Policies:</source>
        <translation>&amp;Правила:</translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation>&amp;Модераторы:</translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation>Исходы:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>Tick the ones to report on; none ticked means all.</source>
        <translation>Отметьте то, что войдёт в отчёт; если ничего не отмечено — всё.</translation>
    </message>
</context>
<context>
    <name>adreview::ReportPdf</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>Decisions per policy and outcome</source>
        <translation>Решения по правилам и исходам</translation>
    </message>
    <message>
        <source>Decisions per week</source>
        <translation>Решения по неделям</translation>
    </message>
    <message>
        <source>Decision report</source>
        <translation>Отчёт о решениях</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started</source>
        <translation>Не удаётся записать %1: не удалось начать PDF</translation>
    </message>
</context>
<context>
    <name>adreview::ReportText</name>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Policy by outcome</source>
        <translation>Правила по исходам</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Decisions per week</source>
        <translation>Решения по неделям</translation>
    </message>
    <message>
        <source>No decisions in this period.</source>
        <translation>Нет решений за этот период.</translation>
    </message>
    <message>
        <source>Weeks start on Monday; tallest week: %1 decisions.</source>
        <translation>Недели начинаются с понедельника; самая загруженная неделя: %1 решений.</translation>
    </message>
    <message>
        <source>Decision report: </source>
        <translation>Отчёт о решениях: </translation>
    </message>
    <message>
        <source>Decision report</source>
        <translation>Отчёт о решениях</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>No decisions match this filter.</source>
        <translation>Нет решений, подходящих под фильтр.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>решений</translation>
    </message>
    <message>
        <source>bans</source>
        <translation>блокировок</translation>
    </message>
    <message>
        <source>reinstatements</source>
        <translation>восстановлений</translation>
    </message>
    <message>
        <source>reinstatements per ban</source>
        <translation>восстановлений на блокировку</translation>
    </message>
    <message>
        <source>median time from flag to decision</source>
        <translation>медиана времени от отметки до решения</translation>
    </message>
    <message>
        <source>90th percentile time from flag to decision</source>
        <translation>90-й процентиль времени от отметки до решения</translation>
    </message>
    <message>
        <source>decisions after the case&apos;s due time</source>
        <translation>решений после срока кейса</translation>
    </message>
    <message>
        <source>open cases now (policy and country filters only)</source>
        <translation>открытых кейсов сейчас (только фильтры правил и стран)</translation>
    </message>
    <message>
        <source>appeals filed (%1 more than six months after the ban)</source>
        <translation>апелляций подано (%1 более чем через полгода после блокировки)</translation>
    </message>
    <message>
        <source>appeals reversed (%1 of %2 decided)</source>
        <translation>апелляций удовлетворено (%1 из %2 решённых)</translation>
    </message>
    <message>
        <source>median time from appeal to decision</source>
        <translation>медиана времени от апелляции до решения</translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>По исходам</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>By policy</source>
        <translation>По правилам</translation>
    </message>
    <message>
        <source>By reviewer</source>
        <translation>По модераторам</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>Open cases by state</source>
        <translation>Открытые кейсы по состоянию</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Open cases by age</source>
        <translation>Открытые кейсы по возрасту</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>late</source>
        <translation>с опозданием</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>в срок</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>under</source>
        <translation>по правилу</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Кейс</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <source>by</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation>Цитируемые доказательства</translation>
    </message>
    <message>
        <source>No evidence cited.</source>
        <translation>Доказательства не цитируются.</translation>
    </message>
    <message>
        <source>Statement of reasons under the Digital Services Act (Art. 17)</source>
        <translation>Обоснование решения по Закону о цифровых услугах (ст. 17)</translation>
    </message>
    <message>
        <source>No statement of reasons under the DSA was recorded with this decision.</source>
        <translation>К этому решению не записано обоснование по DSA.</translation>
    </message>
    <message>
        <source>Redress</source>
        <translation>Обжалование</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Спорный</translation>
    </message>
    <message>
        <source>decided apart with different outcomes; no statement of reasons is issued until a lead resolves the conflict.</source>
        <translation>решён раздельно с разными исходами; мотивировка не выдаётся, пока руководитель не разрешит конфликт.</translation>
    </message>
    <message>
        <source>Decisions in conflict</source>
        <translation>Конфликтующие решения</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>История кейса</translation>
    </message>
    <message>
        <source>Statements of reasons</source>
        <translation>Обоснования решений</translation>
    </message>
    <message>
        <source>For each advertiser banned or reinstated in the period: the latest such decision, its evidence and the case&apos;s whole history. A case whose decisions are in conflict is shown as disputed, with both sides, and gets no statement until a lead resolves it.</source>
        <translation>Для каждого рекламодателя, заблокированного или восстановленного за период: последнее такое решение, его доказательства и вся история кейса. Кейс с конфликтующими решениями показан как спорный, с обеими сторонами, и не получает мотивировки, пока руководитель не разрешит конфликт.</translation>
    </message>
    <message>
        <source>No advertiser was banned or reinstated in this period.</source>
        <translation>За этот период ни один рекламодатель не был заблокирован или восстановлен.</translation>
    </message>
    <message>
        <source>Written by AdReview. Times are UTC. Hours run from the flag to the decision.</source>
        <translation>Создано AdReview. Время — UTC. Часы считаются от отметки до решения.</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Decided (UTC)</source>
        <translation>Решено (UTC)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>Advertiser</source>
        <translation>Рекламодатель</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Cited evidence</source>
        <translation>Цитируемые доказательства</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Факты</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Автоматизация</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Пересмотр до</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>по %1</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>все даты</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>правило</translation>
    </message>
    <message>
        <source>policies</source>
        <translation>правила</translation>
    </message>
    <message>
        <source>all policies</source>
        <translation>все правила</translation>
    </message>
    <message>
        <source>all reviewers</source>
        <translation>все модераторы</translation>
    </message>
    <message>
        <source>decided by</source>
        <translation>решено модератором</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>исход</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>исходы</translation>
    </message>
    <message>
        <source>all outcomes</source>
        <translation>все исходы</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>страны</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>все страны</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of the HTML report&apos;s page: de, ru, …</extracomment>
        <translation>ru</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>adreview::ReportsDialog</name>
    <message>
        <source>Reports — %1</source>
        <translation>Отчёты — %1</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Preview state</source>
        <translation>Состояние предпросмотра</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Решения:</translation>
    </message>
    <message>
        <source>By outcome:</source>
        <translation>По исходу:</translation>
    </message>
    <message>
        <source>Median time to decision:</source>
        <translation>Медианное время до решения:</translation>
    </message>
    <message>
        <source>90th percentile:</source>
        <translation>90-й процентиль:</translation>
    </message>
    <message>
        <source>SLA breaches:</source>
        <translation>Нарушения SLA:</translation>
    </message>
    <message>
        <source>Reinstatement rate:</source>
        <translation>Доля восстановлений:</translation>
    </message>
    <message>
        <source>Backlog now:</source>
        <translation>Нерешённых сейчас:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>CSV — one row per decision, for spreadsheets</source>
        <translation>CSV — по строке на решение, для электронных таблиц</translation>
    </message>
    <message>
        <source>PDF — summary, charts, decisions and reasons</source>
        <translation>PDF — итоги, диаграммы, решения и обоснования</translation>
    </message>
    <message>
        <source>HTML — one self-contained page</source>
        <translation>HTML — одна самодостаточная страница</translation>
    </message>
    <message>
        <source>JSON — for other programs</source>
        <translation>JSON — для других программ</translation>
    </message>
    <message>
        <source>Summary only</source>
        <translation>Только итоги</translation>
    </message>
    <message>
        <source>The PDF without the decisions table and statements of reasons</source>
        <translation>PDF без таблицы решений и обоснований</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Состояние экспорта</translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation>Чтение базы данных…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>Tick at least one outcome.</source>
        <translation>Отметьте хотя бы один исход.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>— (no bans)</source>
        <translation>— (нет блокировок)</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 bans)</source>
        <translation>%1 % (%2 из %3 блокировок)</translation>
    </message>
    <message>
        <source>%1 (%2 of decisions)</source>
        <translation>%1 (%2 решений)</translation>
    </message>
    <message>
        <source>Decisions in the report: %1</source>
        <translation>Решений в отчёте: %1</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Файлы %1 (*.%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Tick at least one outcome to export.</source>
        <translation>Для экспорта отметьте хотя бы один исход.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>Экспорт не удался.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message numerus="yes">
        <source>%Ln undecided cases</source>
        <translation>
            <numerusform>%Ln нерешённый кейс</numerusform>
            <numerusform>%Ln нерешённых кейса</numerusform>
            <numerusform>%Ln нерешённых кейсов</numerusform>
        </translation>
    </message>
    <message>
        <source>DSA &amp;Statements…</source>
        <translation>&amp;Обоснования DSA…</translation>
    </message>
    <message>
        <source>The statements of reasons of the period&apos;s bans, for the EU&apos;s DSA Transparency Database: files of at most 100 in a new folder</source>
        <translation>Обоснования блокировок за период для базы прозрачности DSA ЕС: файлы не более чем по 100 в новой папке</translation>
    </message>
    <message>
        <source>Export DSA Statements to a New Folder</source>
        <translation>Экспорт обоснований DSA в новую папку</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Writing the DSA statements to %1…</source>
        <translation>Обоснования DSA записываются в %1…</translation>
    </message>
    <message>
        <source>The DSA statements were not written.</source>
        <translation>Обоснования DSA не записаны.</translation>
    </message>
    <message>
        <source>%1: %2 (%3), ban of %4 UTC: %5</source>
        <translation>%1: %2 (%3), блокировка от %4 UTC: %5</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>неполное</translation>
    </message>
    <message>
        <source>not submittable</source>
        <translation>нельзя подать</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>спорное</translation>
    </message>
    <message>
        <source>Incomplete Statements</source>
        <translation>Неполные обоснования</translation>
    </message>
    <message numerus="yes">
        <source>%n ban(s) of the period lack what a statement of reasons needs; nothing was written.</source>
        <translation>
            <numerusform>%n блокировке за период не хватает данных для обоснования; ничего не записано.</numerusform>
            <numerusform>%n блокировкам за период не хватает данных для обоснования; ничего не записано.</numerusform>
            <numerusform>%n блокировкам за период не хватает данных для обоснования; ничего не записано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the complete statements and leave these out, or cancel and complete them first? The details list every one with what it lacks.</source>
        <translation>Записать полные обоснования и пропустить эти или отменить и сначала дополнить их? В подробностях указано, чего не хватает каждому.</translation>
    </message>
    <message>
        <source>Write the Others</source>
        <translation>Записать остальные</translation>
    </message>
    <message numerus="yes">
        <source>No DSA statement was written: %n incomplete.</source>
        <translation>
            <numerusform>Обоснования DSA не записаны: %n неполное.</numerusform>
            <numerusform>Обоснования DSA не записаны: %n неполных.</numerusform>
            <numerusform>Обоснования DSA не записаны: %n неполных.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 in %2 to %3.</source>
        <translation>Записано: %1 в %2, папка %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n обоснование</numerusform>
            <numerusform>%n обоснования</numerusform>
            <numerusform>%n обоснований</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>No statement to write.</source>
        <translation>Нечего записывать.</translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete</source>
        <translation>
            <numerusform>%n неполное</numerusform>
            <numerusform>%n неполных</numerusform>
            <numerusform>%n неполных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided before 2020</source>
        <translation>
            <numerusform>%n решено до 2020 года</numerusform>
            <numerusform>%n решено до 2020 года</numerusform>
            <numerusform>%n решено до 2020 года</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disputed</source>
        <translation>
            <numerusform>%n спорное</numerusform>
            <numerusform>%n спорных</numerusform>
            <numerusform>%n спорных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written by an earlier export</source>
        <translation>
            <numerusform>%n записано прежним экспортом</numerusform>
            <numerusform>%n записаны прежним экспортом</numerusform>
            <numerusform>%n записано прежним экспортом</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1 (the tooltip lists them).</source>
        <translation>Пропущено: %1 (список — во всплывающей подсказке).</translation>
    </message>
</context>
<context>
    <name>adreview::RereviewBanner</name>
    <message>
        <source>Re-review</source>
        <translation>Повторная проверка</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Why the case is in re-review</source>
        <translation>Почему дело на повторной проверке</translation>
    </message>
    <message>
        <source>Re-affirm…</source>
        <translation>Подтвердить…</translation>
    </message>
    <message>
        <source>Keep the decision: its revised evidence does not change it</source>
        <translation>Оставить решение: пересмотренные доказательства его не меняют</translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation>Изменить на обратное…</translation>
    </message>
    <message>
        <source>Turn the decision: ban a cleared advertiser, reinstate a banned one</source>
        <translation>Изменить решение на обратное: заблокировать оправданного рекламодателя, восстановить заблокированного</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>In re-review: evidence this decision rests on was revised since it was made. Re-affirm the decision or reverse it.</source>
        <translation>Повторная проверка: доказательства, на которых основано это решение, пересмотрены после его принятия. Подтвердите решение или отмените его.</translation>
    </message>
    <message>
        <source>Re-affirm the decision</source>
        <translation>Подтвердить решение</translation>
    </message>
    <message>
        <source>Reverse the decision</source>
        <translation>Изменить решение на обратное</translation>
    </message>
</context>
<context>
    <name>adreview::RevisionDialog</name>
    <message>
        <source>Record a change to %1 of %2</source>
        <translation>Записать изменение %1 в деле %2</translation>
    </message>
    <message>
        <source>Record a change to this evidence</source>
        <translation>Записать изменение этого доказательства</translation>
    </message>
    <message>
        <source>The item as it reads now</source>
        <translation>Доказательство в нынешней редакции</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>Заменено на</translation>
    </message>
    <message>
        <source>The item or directive that superseded it, e.g. EV-7</source>
        <translation>Доказательство или директива, заменившие его, например EV-7</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Выдержка</translation>
    </message>
    <message>
        <source>Re&amp;tracted by its source</source>
        <translation>&amp;Отозвано источником</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Why: where the change is published, and how you checked it</source>
        <translation>Причина: где опубликовано изменение и как вы его проверили</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Superseded &amp;by:</source>
        <translation>За&amp;менено на:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>E&amp;xcerpt:</source>
        <translation>&amp;Выдержка:</translation>
    </message>
    <message>
        <source>&amp;Effective:</source>
        <translation>Де&amp;йствует с:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>О&amp;боснование:</translation>
    </message>
    <message>
        <source>The same item in other cases</source>
        <translation>То же доказательство в других делах</translation>
    </message>
    <message>
        <source>Re&amp;vise these too</source>
        <translation>&amp;Пересмотреть и их</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>Record Change</source>
        <translation>Записать изменение</translation>
    </message>
    <message>
        <source>%1 as it reads now: %2</source>
        <translation>%1 в нынешней редакции: %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Status: %1 (by %2)</source>
        <translation>Статус: %1 (на %2)</translation>
    </message>
    <message>
        <source>Retracted.</source>
        <translation>Отозвано.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>a change to the item</source>
        <translation>изменение доказательства</translation>
    </message>
    <message>
        <source>what superseded it</source>
        <translation>чем оно заменено</translation>
    </message>
    <message>
        <source>a rationale</source>
        <translation>обоснование</translation>
    </message>
    <message>
        <source>a shorter rationale (at most %L1 characters)</source>
        <translation>более короткое обоснование (не более %L1 символов)</translation>
    </message>
    <message>
        <source>Decisions that cite an earlier reading of %1 go to re-review.</source>
        <translation>Решения, ссылающиеся на более раннюю редакцию %1, уходят на повторную проверку.</translation>
    </message>
    <message>
        <source>Recording the change needs %1.</source>
        <translation>Для записи изменения нужно: %1.</translation>
    </message>
    <message>
        <source>Nothing was recorded: the change cannot be made in every case listed.
%1</source>
        <translation>Ничего не записано: изменение нельзя внести во все перечисленные дела.
%1</translation>
    </message>
    <message>
        <source>Recorded in %1; refused in the others:
%2</source>
        <translation>Записано в %1; в остальных отклонено:
%2</translation>
    </message>
</context>
<context>
    <name>adreview::SavedViewsControl</name>
    <message>
        <source>Save Current View</source>
        <translation>Сохранить текущий вид</translation>
    </message>
    <message>
        <source>Replace the saved view “%1”?</source>
        <translation>Заменить сохранённый вид «%1»?</translation>
    </message>
    <message>
        <source>It will list what the queue lists now, in its place in the menu.</source>
        <translation>Он будет показывать то, что сейчас показывает очередь, на прежнем месте в меню.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>Нет сохранённых видов</translation>
    </message>
    <message>
        <source>Save Current View… keeps what the queue lists under a name, listed here</source>
        <translation>«Сохранить текущий вид…» сохраняет под именем то, что показывает очередь; виды перечислены здесь</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>правило %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>приоритет %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>не назначенные</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>назначенные модератору %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>источник %1</translation>
    </message>
    <message>
        <source>search “%1”, best match first</source>
        <translation>поиск «%1», сначала лучшие совпадения</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>поиск «%1»</translation>
    </message>
    <message>
        <source>sorted by %1, ascending</source>
        <translation>сортировка по столбцу «%1», по возрастанию</translation>
    </message>
    <message>
        <source>sorted by %1, descending</source>
        <translation>сортировка по столбцу «%1», по убыванию</translation>
    </message>
</context>
<context>
    <name>adreview::SavedViewsDialog</name>
    <message>
        <source>Manage Saved Views</source>
        <translation>Управление сохранёнными видами</translation>
    </message>
    <message>
        <source>Saved &amp;views, in the order of the View menu and the tabs:</source>
        <translation>&amp;Сохранённые виды в порядке меню «Вид» и вкладок:</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Сохранённые виды</translation>
    </message>
    <message>
        <source>F2 renames, Delete deletes, Alt+Up and Alt+Down move, or drag</source>
        <translation>F2 — переименовать, Delete — удалить, Alt+Вверх и Alt+Вниз — переместить, или перетащите</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>adreview::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>  or  </source>
        <translation>  или  </translation>
    </message>
    <message>
        <source>Move in the queue</source>
        <translation>Перемещение по очереди</translation>
    </message>
    <message>
        <source>Up / Down arrows</source>
        <translation>Стрелки вверх / вниз</translation>
    </message>
    <message>
        <source>Submit a decision</source>
        <translation>Отправить решение</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Decide and move to the next case</source>
        <translation>Решить и перейти к следующему кейсу</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Enter</source>
        <translation>Ctrl+Shift+Enter</translation>
    </message>
    <message>
        <source>Show a saved view (the first nine)</source>
        <translation>Показать сохранённый вид (первые девять)</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
</context>
<context>
    <name>adreview::StatementForm</name>
    <message>
        <source>Legal ground or clause</source>
        <translation>Норма или пункт</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>Terms and conditions clause</source>
        <translation>Пункт условий</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Required when “Other” is chosen</source>
        <translation>Обязательно, если выбрано «Другое»</translation>
    </message>
    <message>
        <source>What other?</source>
        <translation>Что именно?</translation>
    </message>
    <message>
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <source>%1 ends</source>
        <translation>%1: с окончанием</translation>
    </message>
    <message>
        <source>Tick if the restriction ends on a given day; it is lifted then</source>
        <translation>Отметьте, если ограничение действует до определённого дня; тогда оно снимается</translation>
    </message>
    <message>
        <source>%1 ends on</source>
        <translation>%1: дата окончания</translation>
    </message>
    <message>
        <source>The day the restriction ends, after the day of the decision</source>
        <translation>День окончания ограничения, позже дня решения</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Whether the content is illegal, or incompatible with the platform&apos;s terms and conditions</source>
        <translation>Незаконен ли контент или несовместим с условиями использования платформы</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>Ос&amp;нование:</translation>
    </message>
    <message>
        <source>The law, or the clause of the terms and conditions, the decision rests on</source>
        <translation>Закон или пункт условий использования, на котором основано решение</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>Why the content falls under that ground</source>
        <translation>Почему контент подпадает под это основание</translation>
    </message>
    <message>
        <source>E&amp;xplanation:</source>
        <translation>По&amp;яснение:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>The kind of violation, as the DSA Transparency Database groups them</source>
        <translation>Вид нарушения по классификации базы данных прозрачности DSA</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Кате&amp;гория:</translation>
    </message>
    <message>
        <source>Type of content</source>
        <translation>Тип контента</translation>
    </message>
    <message>
        <source>Other type of content</source>
        <translation>Другой тип контента</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Содержимое:</translation>
    </message>
    <message>
        <source>Restrictions imposed</source>
        <translation>Наложенные ограничения</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Видимость</translation>
    </message>
    <message>
        <source>Other visibility restriction</source>
        <translation>Другое ограничение видимости</translation>
    </message>
    <message>
        <source>Visibility restriction</source>
        <translation>Ограничение видимости</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>Вид&amp;имость:</translation>
    </message>
    <message>
        <source>Monetary</source>
        <translation>Выплаты</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Whether payments to the advertiser are suspended or terminated</source>
        <translation>Приостанавливаются или прекращаются ли выплаты рекламодателю</translation>
    </message>
    <message>
        <source>Other monetary restriction</source>
        <translation>Другое финансовое ограничение</translation>
    </message>
    <message>
        <source>Monetary restriction</source>
        <translation>Финансовое ограничение</translation>
    </message>
    <message>
        <source>&amp;Monetary:</source>
        <translation>Вып&amp;латы:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Whether the service to the advertiser is suspended or terminated</source>
        <translation>Приостанавливается или прекращается ли услуга для рекламодателя</translation>
    </message>
    <message>
        <source>Restriction of the service</source>
        <translation>Ограничение услуги</translation>
    </message>
    <message>
        <source>Serv&amp;ice:</source>
        <translation>&amp;Услуга:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Whether the advertiser&apos;s account is suspended or terminated</source>
        <translation>Приостанавливается или закрывается ли аккаунт рекламодателя</translation>
    </message>
    <message>
        <source>Account restriction</source>
        <translation>Ограничение аккаунта</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>&amp;Аккаунт:</translation>
    </message>
    <message>
        <source>Scope and publication</source>
        <translation>Охват и публикация</translation>
    </message>
    <message>
        <source>Whole EEA</source>
        <translation>Вся ЕЭЗ</translation>
    </message>
    <message>
        <source>The restrictions apply in the whole European Economic Area</source>
        <translation>Ограничения действуют во всей Европейской экономической зоне</translation>
    </message>
    <message>
        <source>O&amp;nly in:</source>
        <translation>Толь&amp;ко в:</translation>
    </message>
    <message>
        <source>Only in</source>
        <translation>Только в</translation>
    </message>
    <message>
        <source>The restrictions apply only in the countries named</source>
        <translation>Ограничения действуют только в указанных странах</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>EU and EEA country codes, separated by commas: %1</source>
        <translation>Коды стран ЕС и ЕЭЗ через запятую: %1</translation>
    </message>
    <message>
        <source>Country codes, e.g. DE, FR, AT</source>
        <translation>Коды стран, напр. DE, FR, AT</translation>
    </message>
    <message>
        <source>Territorial scope:</source>
        <translation>Территория:</translation>
    </message>
    <message>
        <source>Territorial scope</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Revie&amp;w by</source>
        <translation>П&amp;ересмотреть до</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Пересмотреть до</translation>
    </message>
    <message>
        <source>Tick to set the day by which the decision is to be reviewed</source>
        <translation>Отметьте, чтобы задать день, к которому решение нужно пересмотреть</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Дата пересмотра</translation>
    </message>
    <message>
        <source>The day by which the decision is to be reviewed</source>
        <translation>День, к которому решение нужно пересмотреть</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Пересмотр:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Пересмотр</translation>
    </message>
    <message>
        <source>Public facts</source>
        <translation>Публичные факты</translation>
    </message>
    <message>
        <source>The facts of the decision, as published in the DSA Transparency Database</source>
        <translation>Факты решения в том виде, в каком они публикуются в базе данных прозрачности DSA</translation>
    </message>
    <message>
        <source>Public &amp;facts:</source>
        <translation>Публичные &amp;факты:</translation>
    </message>
    <message>
        <source>Published in the EU&apos;s DSA Transparency Database: state the facts only, never the internal rationale, names or other personal data.</source>
        <translation>Публикуется в базе данных прозрачности DSA Евросоюза: только факты, без внутреннего обоснования, имён и других персональных данных.</translation>
    </message>
    <message>
        <source>Note on the public facts</source>
        <translation>Примечание к публичным фактам</translation>
    </message>
    <message>
        <source>Territorial scope: name the countries, or choose the whole EEA.</source>
        <translation>Территория: укажите страны или выберите всю ЕЭЗ.</translation>
    </message>
    <message>
        <source>The law the content breaks, with its article</source>
        <translation>Закон, который нарушает контент, со статьёй</translation>
    </message>
    <message>
        <source>The clause of the terms and conditions it breaks</source>
        <translation>Пункт условий использования, который он нарушает</translation>
    </message>
    <message>
        <source>the legal ground or clause</source>
        <translation>норма или пункт</translation>
    </message>
</context>
<context>
    <name>adreview::StatementPage</name>
    <message>
        <source>Statement of reasons</source>
        <translation>Мотивировка</translation>
    </message>
    <message>
        <source>The policy&apos;s statement of reasons could not be read: %1</source>
        <translation>Не удалось прочитать мотивировку правила: %1</translation>
    </message>
</context>
<context>
    <name>adreview::StatusBadge</name>
    <message>
        <source>Advertiser status</source>
        <translation>Статус рекламодателя</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
</context>
<context>
    <name>adreview::SyncControl</name>
    <message>
        <source>Sync in progress</source>
        <translation>Идёт синхронизация</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <source>Export Sync Bundle</source>
        <translation>Экспорт пакета синхронизации</translation>
    </message>
    <message>
        <source>AdReview sync bundles (*.%1)</source>
        <translation>Пакеты синхронизации AdReview (*.%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Import Sync Bundles</source>
        <translation>Импорт пакетов синхронизации</translation>
    </message>
    <message>
        <source>AdReview sync bundles (*.%1);;All files (*)</source>
        <translation>Пакеты синхронизации AdReview (*.%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n bundle(s)…</source>
        <translation>
            <numerusform>Объединение %n пакета…</numerusform>
            <numerusform>Объединение %n пакетов…</numerusform>
            <numerusform>Объединение %n пакетов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the bundle: %1</source>
        <translation>Пакет записан: %1</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n bundle(s):</source>
        <translation>
            <numerusform>Объединён %n пакет:</numerusform>
            <numerusform>Объединено %n пакета:</numerusform>
            <numerusform>Объединено %n пакетов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) now in conflict, listed under Conflicts: %1</source>
        <translation>
            <numerusform>%n кейс теперь в конфликте, см. вкладку «Конфликты»: %1</numerusform>
            <numerusform>%n кейса теперь в конфликте, см. вкладку «Конфликты»: %1</numerusform>
            <numerusform>%n кейсов теперь в конфликте, см. вкладку «Конфликты»: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No bundle was written:</source>
        <translation>Пакет не записан:</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Отклонено:</translation>
    </message>
    <message>
        <source>Sync export</source>
        <translation>Экспорт синхронизации</translation>
    </message>
    <message>
        <source>Sync import</source>
        <translation>Импорт синхронизации</translation>
    </message>
    <message>
        <source>%1 bring(s) decisions from devices this database does not trust yet:</source>
        <translation>%1 содержит решения с устройств, которым эта база данных ещё не доверяет:</translation>
    </message>
    <message>
        <source>Trust a device only when its owner confirms the key fingerprint (adreview device show, or Preferences on their machine). Trusting them is recorded in this database with your name.</source>
        <translation>Доверяйте устройству, только если его владелец подтвердил отпечаток ключа (adreview device show или «Параметры» на его компьютере). Доверие записывается в эту базу данных с вашим именем.</translation>
    </message>
    <message>
        <source>Meanwhile: %1</source>
        <translation>Кроме того: %1</translation>
    </message>
    <message>
        <source>Trust new devices?</source>
        <translation>Доверять новым устройствам?</translation>
    </message>
    <message>
        <source>Trust and Merge</source>
        <translation>Доверять и объединить</translation>
    </message>
    <message>
        <source>Do Not Merge</source>
        <translation>Не объединять</translation>
    </message>
    <message>
        <source>Not merged: the bundle brings devices this database does not trust</source>
        <translation>Не объединено: пакет содержит устройства, которым эта база данных не доверяет</translation>
    </message>
</context>
<context>
    <name>adreview::TeamServerDialog</name>
    <message>
        <source>Team Server</source>
        <translation>Сервер команды</translation>
    </message>
    <message>
        <source>Decisions made here are sent to the team&apos;s PostgreSQL server, and everyone else&apos;s are taken from it, when you press Sync Now (Ctrl+Shift+S) and every few minutes while the server can be reached. Leave the address empty to stop syncing.</source>
        <translation>Решения, принятые здесь, отправляются на сервер PostgreSQL команды, а решения остальных берутся с него — по команде «Синхронизировать сейчас» (Ctrl+Shift+S) и каждые несколько минут, пока сервер доступен. Оставьте адрес пустым, чтобы прекратить синхронизацию.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>from ~/.pgpass or PGPASSWORD when empty</source>
        <translation>из ~/.pgpass или PGPASSWORD, если пусто</translation>
    </message>
    <message>
        <source>Kept only while AdReview runs; it is never saved.</source>
        <translation>Хранится, только пока работает AdReview; никогда не сохраняется.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Проверить соединение</translation>
    </message>
    <message>
        <source>No events from the server were set aside here.</source>
        <translation>События с сервера здесь не откладывались.</translation>
    </message>
    <message numerus="yes">
        <source>Set aside: %n event(s) from the server that this laptop refuses (they break a review rule here, or follow one that does). They are never merged.</source>
        <translation>
            <numerusform>Отложено: %n событие с сервера, которое этот ноутбук отклоняет (оно нарушает здесь правило проверки или следует за таким). Такие события никогда не объединяются.</numerusform>
            <numerusform>Отложено: %n события с сервера, которые этот ноутбук отклоняет (они нарушают здесь правило проверки или следуют за таким). Такие события никогда не объединяются.</numerusform>
            <numerusform>Отложено: %n событий с сервера, которые этот ноутбук отклоняет (они нарушают здесь правило проверки или следуют за таким). Такие события никогда не объединяются.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>&amp;Save and Sync</source>
        <translation>&amp;Сохранить и синхронизировать</translation>
    </message>
    <message>
        <source>Give the server&apos;s address first.</source>
        <translation>Сначала укажите адрес сервера.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Соединение…</translation>
    </message>
    <message>
        <source>Connected to %1 as reviewer %2.</source>
        <translation>Соединено с %1 как проверяющий %2.</translation>
    </message>
</context>
<context>
    <name>adreview::TeamSyncControl</name>
    <message>
        <source>Team server sync</source>
        <translation>Синхронизация с сервером команды</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n к отправке</numerusform>
            <numerusform>%n к отправке</numerusform>
            <numerusform>%n к отправке</numerusform>
        </translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>синхронизация…</translation>
    </message>
    <message>
        <source>offline — %1</source>
        <translation>нет связи — %1</translation>
    </message>
    <message>
        <source>not synced — %1</source>
        <translation>не синхронизировано — %1</translation>
    </message>
    <message>
        <source>password needed — %1</source>
        <translation>нужен пароль — %1</translation>
    </message>
    <message>
        <source>not synced yet — %1</source>
        <translation>ещё не синхронизировано — %1</translation>
    </message>
    <message>
        <source>synced %1 · %2</source>
        <translation>синхронизировано %1 · %2</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>синхронизировано %1</translation>
    </message>
    <message numerus="yes">
        <source>%n set aside</source>
        <translation>
            <numerusform>%n отложено</numerusform>
            <numerusform>%n отложено</numerusform>
            <numerusform>%n отложено</numerusform>
        </translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Сервер команды: %1</translation>
    </message>
    <message>
        <source>Events refused here are listed in File → Sync → Team Server…</source>
        <translation>Отклонённые здесь события перечислены в меню Файл → Синхронизация → Сервер команды…</translation>
    </message>
    <message numerus="yes">
        <source>The team server sent %n event(s) that this laptop refuses. They are set aside, with the events that follow them, and never merged; File → Sync → Team Server… lists them.</source>
        <translation>
            <numerusform>Сервер команды прислал %n событие, которое этот ноутбук отклоняет. Оно отложено вместе со следующими за ним событиями и никогда не будет объединено; их список — в меню Файл → Синхронизация → Сервер команды….</numerusform>
            <numerusform>Сервер команды прислал %n события, которые этот ноутбук отклоняет. Они отложены вместе со следующими за ними событиями и никогда не будут объединены; их список — в меню Файл → Синхронизация → Сервер команды….</numerusform>
            <numerusform>Сервер команды прислал %n событий, которые этот ноутбук отклоняет. Они отложены вместе со следующими за ними событиями и никогда не будут объединены; их список — в меню Файл → Синхронизация → Сервер команды….</numerusform>
        </translation>
    </message>
    <message>
        <source>Team Server Password</source>
        <translation>Пароль сервера команды</translation>
    </message>
    <message>
        <source>Password for the team server (kept only while AdReview runs):</source>
        <translation>Пароль сервера команды (хранится, только пока работает AdReview):</translation>
    </message>
    <message numerus="yes">
        <source>The team server sent %n record(s) that this laptop refuses; they were left out.</source>
        <translation>
            <numerusform>Сервер команды прислал %n запись, которую этот ноутбук не принимает; она не была добавлена.</numerusform>
            <numerusform>Сервер команды прислал %n записи, которые этот ноутбук не принимает; они не были добавлены.</numerusform>
            <numerusform>Сервер команды прислал %n записей, которые этот ноутбук не принимает; они не были добавлены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adreview::ViewNameDialog</name>
    <message>
        <source>Save Current View</source>
        <translation>Сохранить текущий вид</translation>
    </message>
    <message>
        <source>Rename Saved View</source>
        <translation>Переименовать сохранённый вид</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>The name the view has in the View menu and on its tab</source>
        <translation>Имя вида в меню «Вид» и на его вкладке</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Another saved view is named “%1”.</source>
        <translation>Другой сохранённый вид уже называется «%1».</translation>
    </message>
    <message>
        <source>A saved view is named “%1”: saving replaces it.</source>
        <translation>Сохранённый вид «%1» уже есть: сохранение заменит его.</translation>
    </message>
</context>
<context>
    <name>adreview::VocabularyText</name>
    <message>
        <source>critical</source>
        <comment>priority</comment>
        <translation>критический</translation>
    </message>
    <message>
        <source>high</source>
        <comment>priority</comment>
        <translation>высокий</translation>
    </message>
    <message>
        <source>normal</source>
        <comment>priority</comment>
        <translation>обычный</translation>
    </message>
    <message>
        <source>low</source>
        <comment>priority</comment>
        <translation>низкий</translation>
    </message>
    <message>
        <source>government-advisory</source>
        <comment>case source</comment>
        <translation>предупреждение ведомства</translation>
    </message>
    <message>
        <source>press</source>
        <comment>case source</comment>
        <translation>пресса</translation>
    </message>
    <message>
        <source>user-report</source>
        <comment>case source</comment>
        <translation>жалоба пользователя</translation>
    </message>
    <message>
        <source>automated</source>
        <comment>case source</comment>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>partner-platform</source>
        <comment>case source</comment>
        <translation>платформа-партнёр</translation>
    </message>
    <message>
        <source>appeal</source>
        <comment>case source</comment>
        <translation>апелляция</translation>
    </message>
    <message>
        <source>open</source>
        <comment>case state</comment>
        <translation>открыт</translation>
    </message>
    <message>
        <source>in-review</source>
        <comment>case state</comment>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <source>escalated</source>
        <comment>case state</comment>
        <translation>эскалирован</translation>
    </message>
    <message>
        <source>decided</source>
        <comment>case state</comment>
        <translation>решён</translation>
    </message>
    <message>
        <source>conflict</source>
        <comment>case state</comment>
        <translation>конфликт</translation>
    </message>
    <message>
        <source>awaiting-approval</source>
        <comment>case state</comment>
        <translation>ждёт одобрения</translation>
    </message>
    <message>
        <source>banned</source>
        <comment>outcome</comment>
        <translation>заблокирован</translation>
    </message>
    <message>
        <source>cleared</source>
        <comment>outcome</comment>
        <translation>оправдан</translation>
    </message>
    <message>
        <source>reinstated</source>
        <comment>outcome</comment>
        <translation>восстановлен</translation>
    </message>
    <message>
        <source>none</source>
        <comment>outcome</comment>
        <translation>нет</translation>
    </message>
    <message>
        <source>flag</source>
        <comment>action</comment>
        <translation>отметка</translation>
    </message>
    <message>
        <source>assign</source>
        <comment>action</comment>
        <translation>назначение</translation>
    </message>
    <message>
        <source>annotate</source>
        <comment>action</comment>
        <translation>заметка</translation>
    </message>
    <message>
        <source>escalate</source>
        <comment>action</comment>
        <translation>эскалация</translation>
    </message>
    <message>
        <source>ban</source>
        <comment>action</comment>
        <translation>блокировка</translation>
    </message>
    <message>
        <source>clear</source>
        <comment>action</comment>
        <translation>оправдание</translation>
    </message>
    <message>
        <source>reinstate</source>
        <comment>action</comment>
        <translation>восстановление</translation>
    </message>
    <message>
        <source>resolve-conflict</source>
        <comment>action</comment>
        <translation>разрешение конфликта</translation>
    </message>
    <message>
        <source>propose-ban</source>
        <comment>action</comment>
        <translation>предложение блокировки</translation>
    </message>
    <message>
        <source>approve</source>
        <comment>action</comment>
        <translation>одобрение блокировки</translation>
    </message>
    <message>
        <source>reject</source>
        <comment>action</comment>
        <translation>отклонение блокировки</translation>
    </message>
    <message>
        <source>withdraw</source>
        <comment>action</comment>
        <translation>отзыв предложения</translation>
    </message>
    <message>
        <source>revise</source>
        <comment>action</comment>
        <translation>изменение доказательства</translation>
    </message>
    <message>
        <source>reaffirm</source>
        <comment>action</comment>
        <translation>подтверждение</translation>
    </message>
    <message>
        <source>reverse</source>
        <comment>action</comment>
        <translation>отмена решения</translation>
    </message>
    <message>
        <source>News citation</source>
        <comment>evidence kind</comment>
        <translation>Публикация в СМИ</translation>
    </message>
    <message>
        <source>Agency advisory</source>
        <comment>evidence kind</comment>
        <translation>Предупреждение ведомства</translation>
    </message>
    <message>
        <source>Company statement</source>
        <comment>evidence kind</comment>
        <translation>Заявление компании</translation>
    </message>
    <message>
        <source>Platform action</source>
        <comment>evidence kind</comment>
        <translation>Меры платформы</translation>
    </message>
    <message>
        <source>Internal signal</source>
        <comment>evidence kind</comment>
        <translation>Внутренний сигнал</translation>
    </message>
    <message>
        <source>confirmed</source>
        <comment>reliability</comment>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>probable</source>
        <comment>reliability</comment>
        <translation>вероятно</translation>
    </message>
    <message>
        <source>doubtful</source>
        <comment>reliability</comment>
        <translation>сомнительно</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>reliability</comment>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>in force</source>
        <comment>advisory status</comment>
        <translation>действует</translation>
    </message>
    <message>
        <source>rescinded</source>
        <comment>advisory status</comment>
        <translation>отменено</translation>
    </message>
    <message>
        <source>superseded</source>
        <comment>advisory status</comment>
        <translation>заменено</translation>
    </message>
</context>
</TS>
