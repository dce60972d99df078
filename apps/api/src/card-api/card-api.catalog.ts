import type { ErrorKind } from '@app/http';

/**
 * The card API's answer codes: `code` 0 is success, every error kind has its own stable number.
 * Numbers never change meaning; new kinds get new numbers. 1..99 are the service's generic
 * refusals, 100.. card groups, 200.. cards, 300.. the bonus ledger, 400.. levels, 500.. replacement.
 * English texts come from the error itself (they may name the field or id); Russian ones from here.
 */
export const CARD_API_CODES: Record<string, { code: number; ru: string }> = {
  // generic
  validation_failed: { code: 1, ru: 'Неверные данные запроса' },
  bad_request: { code: 1, ru: 'Неверные данные запроса' },
  invalid_value: { code: 1, ru: 'Неверные данные запроса' },
  malformed_body: { code: 2, ru: 'Тело запроса не является корректным JSON' },
  unauthorized: { code: 3, ru: 'Нужен действующий токен доступа' },
  forbidden: { code: 4, ru: 'Этот токен не может вызывать этот метод' },
  not_found: { code: 5, ru: 'Не найдено' },
  method_not_allowed: { code: 6, ru: 'Метод не поддерживается' },
  payload_too_large: { code: 7, ru: 'Слишком большое тело запроса' },
  unsupported_media_type: { code: 8, ru: 'Этот тип содержимого не принимается' },
  too_many_failures: { code: 9, ru: 'Слишком много неудачных попыток; повторите позже' },
  idempotency_key_reused: { code: 10, ru: 'Этот Idempotency-Key уже использован с другим запросом' },
  idempotency_in_progress: { code: 11, ru: 'Запрос с этим Idempotency-Key ещё выполняется' },
  duplicate: { code: 12, ru: 'Запись с таким уникальным значением уже существует' },
  reference_conflict: { code: 13, ru: 'Запись связана с другими записями' },
  concurrent_update: { code: 14, ru: 'Параллельное изменение; повторите запрос' },
  database_unavailable: { code: 15, ru: 'База данных недоступна; повторите позже' },
  internal: { code: 16, ru: 'Внутренняя ошибка' },
  conflict: { code: 17, ru: 'Операция противоречит текущему состоянию' },
  unprocessable: { code: 18, ru: 'Запрос не может быть выполнен' },

  // card groups
  card_group_not_found: { code: 101, ru: 'Группа карт не найдена' },
  parent_group_not_found: { code: 102, ru: 'Родительская группа не найдена' },
  card_group_exists: { code: 103, ru: 'Группа с таким идентификатором уже существует' },
  card_group_cycle: { code: 104, ru: 'Группу нельзя переместить внутрь неё самой или её потомка' },
  card_group_has_balance: { code: 105, ru: 'В группе есть карты с баллами' },
  card_group_cards_referenced: {
    code: 106,
    ru: 'Карты группы являются мастер-картами карт вне группы',
  },

  // cards
  card_not_found: { code: 201, ru: 'Карта не найдена' },
  card_exists: { code: 202, ru: 'Карта с таким идентификатором уже существует' },
  barcode_taken: { code: 203, ru: 'Карта с таким штрихкодом уже существует' },
  card_has_balance: { code: 204, ru: 'На карте есть баллы' },
  card_is_master: { code: 205, ru: 'Карта является мастер-картой других карт' },
  mastercard_not_found: { code: 206, ru: 'Мастер-карта не найдена' },
  mastercard_invalid: { code: 207, ru: 'Эта карта не может быть мастер-картой' },
  referallink_not_found: { code: 208, ru: 'Карта реферала не найдена' },
  new_card_not_found: { code: 209, ru: 'Новая карта не найдена' },
  no_free_card: { code: 210, ru: 'Нет свободных карт' },
  card_of_other_user: { code: 211, ru: 'Карта принадлежит другому пользователю' },
  card_limit_reached: { code: 212, ru: 'Достигнуто максимальное число карт пользователя' },
  external_card: { code: 213, ru: 'Сторонняя карта не может быть привязана к пользователю' },
  contact_not_found: { code: 214, ru: 'Карт с такими контактами нет' },
  identify_code_invalid: { code: 215, ru: 'Неверный код подтверждения' },
  identify_code_missing: { code: 216, ru: 'Нет действующего кода подтверждения; запросите новый' },
  card_level_not_found: { code: 217, ru: 'Уровень карты не найден' },

  // bonus ledger
  card_blocked: { code: 301, ru: 'Карта заблокирована' },
  card_inactive: { code: 302, ru: 'Карта не активна: списание невозможно' },
  insufficient_points: { code: 303, ru: 'Недостаточно баллов' },
  transaction_not_found: { code: 304, ru: 'Транзакция не найдена' },
  transaction_cancelled: { code: 305, ru: 'Транзакция уже отменена' },
  points_already_spent: { code: 306, ru: 'Начисленные баллы уже потрачены' },
  external_id_reused: { code: 307, ru: 'Этот external_id уже использован с другими данными' },

  // levels
  card_level_exists: { code: 401, ru: 'Уровень с таким идентификатором уже существует' },
  card_level_in_use: { code: 402, ru: 'Уровень назначен картам' },

  // replacement
  old_card_not_active: { code: 501, ru: 'Заменяемая карта не активирована' },
  old_card_replaced: { code: 502, ru: 'Заменяемая карта уже заменена' },
  new_card_not_usable: { code: 503, ru: 'Новая карта активирована и не заблокирована временно' },
  new_card_has_user: { code: 504, ru: 'Новая карта уже выдана пользователю' },
  new_card_has_transactions: { code: 505, ru: 'По новой карте были транзакции' },
  new_card_blocked: { code: 506, ru: 'Новая карта заблокирована и по ней были продажи' },
  same_card: { code: 507, ru: 'Старая и новая карта совпадают' },
  master_card_in_use: { code: 508, ru: 'Мастер-карту нельзя заменить, пока на неё ссылаются карты' },
};

/** Numbers of error kinds whose code the catalog does not know. */
const BY_KIND: Record<ErrorKind, string> = {
  validation: 'validation_failed',
  malformed_body: 'malformed_body',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  not_found: 'not_found',
  method_not_allowed: 'method_not_allowed',
  conflict: 'conflict',
  payload_too_large: 'payload_too_large',
  unsupported_media_type: 'unsupported_media_type',
  unprocessable: 'unprocessable',
  throttled: 'too_many_failures',
  unavailable: 'database_unavailable',
  internal: 'internal',
};

export const OK_MESSAGE = { en: 'Operation completed', ru: 'Операция выполнена' } as const;

/** The catalog entry of an error: by its code, else by its kind. */
export function catalogEntry(code: string, kind: ErrorKind): { code: number; ru: string } {
  return CARD_API_CODES[code] ?? CARD_API_CODES[BY_KIND[kind]];
}
