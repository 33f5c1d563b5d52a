/**
 * A PostgreSQL error: carries the SQLSTATE from where it is born, so every layer can throw one and
 * the protocol layer only has to serialize it.
 */
export type Severity = 'ERROR' | 'FATAL' | 'PANIC' | 'WARNING' | 'NOTICE' | 'DEBUG' | 'INFO' | 'LOG';

export interface PgErrorFields {
  severity?: Severity;
  detail?: string;
  hint?: string;
  /** 1-based character position in the statement text, as PostgreSQL reports it. */
  position?: number;
  schema?: string;
  table?: string;
  column?: string;
  /** The data type a domain violation names (PG_DIAG_DATATYPE_NAME). */
  dataType?: string;
  constraint?: string;
  /** CONTEXT: where the error happened (PG_DIAG_CONTEXT), e.g. COPY's line and column. */
  where?: string;
  /**
   * Not sent to the client: the session settings holding what the failed statement drew from
   * sequences (currval, lastval), which stay drawn and which the connection adopts as PostgreSQL
   * keeps them (dialect/runtime/sequence-functions.ts).
   */
  drawn?: Record<string, string>;
  /** Not sent to the client: which of a COPY FROM batch's rows the table refused, for COPY's CONTEXT line (wire/copy.ts). */
  row?: number;
  /**
   * Not sent to the client: the text an input function refused where its message does not quote it
   * (`interval out of range`), by which the statement's literal is found for the error's position
   * (dialect/translate/place-error.ts).
   */
  input?: string;
}

export class PgError extends Error {
  readonly code: string;
  readonly fields: PgErrorFields;

  constructor(code: string, message: string, fields: PgErrorFields = {}) {
    super(message);
    this.name = 'PgError';
    this.code = code;
    this.fields = fields;
  }

  get severity(): Severity {
    return this.fields.severity ?? 'ERROR';
  }
}

/** SQLSTATE codes evsql raises, named as in PostgreSQL's errcodes.txt. */
export const SqlState = {
  successfulCompletion: '00000',
  warning: '01000',
  noActiveSqlTransaction: '25P01',
  activeSqlTransaction: '25001',
  inFailedSqlTransaction: '25P02',
  invalidArgumentForWidthBucket: '2201G',
  cardinalityViolation: '21000',
  groupingError: '42803',
  windowingError: '42P20',
  invalidRecursion: '42P19',
  invalidTableDefinition: '42P16',
  invalidObjectDefinition: '42P17',
  invalidRowCountInLimitClause: '2201W',
  invalidRowCountInResultOffsetClause: '2201X',
  invalidPrecedingOrFollowingSize: '22013',
  readOnlySqlTransaction: '25006',
  invalidTransactionState: '25000',
  featureNotSupported: '0A000',
  protocolViolation: '08P01',
  connectionException: '08000',
  invalidAuthorizationSpecification: '28000',
  invalidPassword: '28P01',
  tooManyConnections: '53300',
  programLimitExceeded: '54000',
  configurationLimitExceeded: '53400',
  statementTooComplex: '54001',
  diskFull: '53100',
  insufficientResources: '53000',
  outOfMemory: '53200',
  syntaxError: '42601',
  undefinedTable: '42P01',
  undefinedColumn: '42703',
  undefinedFunction: '42883',
  cannotCoerce: '42846',
  ambiguousFunction: '42725',
  undefinedObject: '42704',
  duplicateTable: '42P07',
  reservedName: '42939',
  tooManyColumns: '54011',
  tooManyArguments: '54023',
  invalidCatalogName: '3D000',
  duplicateColumn: '42701',
  duplicateAlias: '42712',
  duplicateObject: '42710',
  duplicateSchema: '42P06',
  duplicateDatabase: '42P04',
  dependentObjectsStillExist: '2BP01',
  invalidName: '42602',
  ambiguousColumn: '42702',
  invalidColumnReference: '42P10',
  invalidForeignKey: '42830',
  datatypeMismatch: '42804',
  invalidParameterValue: '22023',
  invalidEscapeSequence: '22025',
  invalidUseOfEscapeCharacter: '2200C',
  undefinedParameter: '42P02',
  indeterminateDatatype: '42P18',
  invalidSqlStatementName: '26000',
  invalidCursorName: '34000',
  invalidCursorState: '24000',
  duplicateCursor: '42P03',
  objectNotInPrerequisiteState: '55000',
  unsafeNewEnumValueUsage: '55P04',
  sequenceGeneratorLimitExceeded: '2200H',
  wrongObjectType: '42809',
  insufficientPrivilege: '42501',
  invalidSchemaName: '3F000',
  duplicatePreparedStatement: '42P05',
  invalidTextRepresentation: '22P02',
  invalidBinaryRepresentation: '22P03',
  invalidDatetimeFormat: '22007',
  datetimeFieldOverflow: '22008',
  intervalFieldOverflow: '22015',
  numericValueOutOfRange: '22003',
  dataException: '22000',
  substringError: '22011',
  stringDataRightTruncation: '22001',
  stringDataLengthMismatch: '22026',
  generatedAlways: '428C9',
  nullValueNotAllowed: '22004',
  arraySubscriptError: '2202E',
  divisionByZero: '22012',
  invalidArgumentForLog: '2201E',
  invalidArgumentForPowerFunction: '2201F',
  badCopyFileFormat: '22P04',
  characterNotInRepertoire: '22021',
  untranslatableCharacter: '22P05',
  uniqueViolation: '23505',
  notNullViolation: '23502',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  withCheckOptionViolation: '44000',
  exclusionViolation: '23P01',
  integrityConstraintViolation: '23000',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
  lockNotAvailable: '55P03',
  objectInUse: '55006',
  queryCanceled: '57014',
  adminShutdown: '57P01',
  idleSessionTimeout: '57P05',
  idleInTransactionSessionTimeout: '25P03',
  internalError: 'XX000',
  ioError: '58030',
} as const;

/**
 * V8's stack overflow (JavaScript recursion, or WebAssembly frames on the same stack): where
 * PostgreSQL's check_stack_depth() would stop a statement.
 */
export function isStackOverflow(err: unknown): boolean {
  return err instanceof RangeError && err.message.includes('Maximum call stack size exceeded');
}

/**
 * PostgreSQL's answer to a JavaScript engine limit a statement ran into: its stack (nesting too
 * deep), or a string or array longer than V8 makes (format('%2000000000s', …)); undefined for
 * any other error.
 */
export function engineLimitError(err: unknown): PgError | undefined {
  if (isStackOverflow(err)) return stackDepthExceeded();
  if (err instanceof RangeError && /^(?:Invalid (?:string|array|typed array) length|Array buffer allocation failed)/.test(err.message)) {
    return new PgError(SqlState.programLimitExceeded, 'out of memory');
  }
  return undefined;
}

/** PostgreSQL's answer to a statement nested too deeply for its stack. */
export function stackDepthExceeded(): PgError {
  return new PgError(SqlState.statementTooComplex, 'stack depth limit exceeded', {
    hint: 'Increase the configuration parameter "max_stack_depth" (currently 2048kB), after ensuring the platform\'s stack depth limit is adequate.',
  });
}
