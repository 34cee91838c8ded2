// The seven linkage categories (浙土资发〔2017〕19号 一、挂钩范围). Complete by type: tables keyed by CategoryId.
export const categoryIds = [1, 2, 3, 4, 5, 6, 7] as const;
/** 浙土资发〔2017〕19号 通知: "2017年起，存量建设用地盘活挂钩类型及要求按本《办法》执行". */
export const MEASURES_FIRST_YEAR = 2017;
export type CategoryId = (typeof categoryIds)[number];

export interface CategoryInfo {
  name: string;
  /** Short label for table headers. */
  short: string;
  article: string;
}

export const categories = {
  1: { name: '收回收购存量土地', short: '收回收购', article: '浙土资发〔2017〕19号 一、1' },
  2: { name: '无主存量空闲地', short: '无主空闲地', article: '浙土资发〔2017〕19号 一、2' },
  3: { name: '城中村改造、小城镇环境综合整治中的存量土地', short: '城中村/小城镇', article: '浙土资发〔2017〕19号 一、3' },
  4: { name: '"三改一拆"拆后存量土地', short: '三改一拆', article: '浙土资发〔2017〕19号 一、4' },
  5: { name: '集体存量建设用地', short: '集体存量', article: '浙土资发〔2017〕19号 一、5' },
  6: { name: '"退二进三"完成再开发的存量土地', short: '退二进三', article: '浙土资发〔2017〕19号 一、6' },
  7: { name: '增减挂钩拆旧区块完成复垦并通过验收的土地', short: '增减挂钩复垦', article: '浙土资发〔2017〕19号 一、7' },
} as const satisfies Record<CategoryId, CategoryInfo>;
