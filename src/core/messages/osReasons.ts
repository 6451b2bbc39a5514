/**
 * Why the operating system refused to read or write a file, in words. A
 * message names the reason by one of these keys (src/node/store/fsErrors.ts
 * osReason turns an errno code such as ENOENT into one), and message() shows
 * it in the language of the line it stands in, so an English line never
 * carries a Chinese reason or a bare errno code.
 */
export const osReasonMessages = {
  'reason-missing-file': { zh: '文件不存在', en: 'the file does not exist' },
  'reason-missing-folder': { zh: '文件夹不存在', en: 'the folder does not exist' },
  'reason-no-read-permission': { zh: '没有读取权限', en: 'no permission to read it' },
  'reason-no-write-permission': { zh: '没有写入权限', en: 'no permission to write there' },
  'reason-is-folder': { zh: '这是一个文件夹', en: 'it is a folder' },
  'reason-not-folder': { zh: '路径中有一段不是文件夹', en: 'a part of the path is not a folder' },
  'reason-disk-full': { zh: '磁盘空间不足', en: 'the disk is full' },
  'reason-read-only': { zh: '文件夹是只读的', en: 'the folder is read-only' },
  'reason-too-many-files': { zh: '同时打开的文件过多', en: 'too many files are open' },
  'reason-busy': { zh: '文件正被其他程序使用', en: 'the file is in use by another program' },
  'reason-io': { zh: '读写设备出错', en: 'the device reported an input/output error' },
} as const;
